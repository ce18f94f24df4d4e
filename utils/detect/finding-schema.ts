/**
 * The shape of a finding as it crosses a message boundary (the background's analysis, read by the
 * popup). Kept beside `types.ts` so the two change together; a test checks the detector's own output
 * against it.
 */
import * as v from 'valibot';
import { DOCUMENT_TYPES, FIGURE_TYPES, MEASURE_TYPES } from './types';

const base = {
  text: v.string(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  context: v.string(),
};

export const FindingSchema = v.variant('kind', [
  v.object({
    kind: v.literal('figure'),
    type: v.picklist(FIGURE_TYPES),
    ...base,
    value: v.nullable(v.number()),
    unit: v.nullable(v.string()),
    direction: v.optional(v.picklist(['up', 'down'])),
    iso: v.optional(v.string()),
    deadline: v.optional(v.boolean()),
  }),
  v.object({ kind: v.literal('document'), type: v.picklist(DOCUMENT_TYPES), ...base }),
  v.object({ kind: v.literal('measure'), type: v.picklist(MEASURE_TYPES), ...base, score: v.number() }),
]);
