/**
 * The background's one job for its offscreen document (Chrome: the service worker has no DOM parser,
 * so full-text briefs are rendered there).
 */
import * as v from 'valibot';
import { BriefJobSchema } from '../brief/job';
import { defineChannel } from './protocol';

export const offscreenChannel = defineChannel('offscreen', {
  'offscreen/renderBrief': { request: { job: BriefJobSchema }, reply: v.string() },
});
