/** The wire schema is the detector's shape: its output parses unchanged, and a stale shape is refused. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';
import { FindingSchema } from '@/utils/detect/finding-schema';
import { fixtureText } from './fixture-text';

const PAGES = [
  { html: 'pages/seed-policy-article-zh/source.html', lang: 'zh-CN' },
  { html: 'detect/policy-article-en.html', lang: 'en' },
  { html: 'detect/policy-article-zh-tw.html', lang: 'zh-TW' },
];

describe('FindingSchema', () => {
  it.each(PAGES)('parses every finding of $html unchanged (no field lost on the wire)', ({ html, lang }) => {
    const findings = detect(fixtureText(html), { lang });
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.map((f) => v.parse(FindingSchema, f))).toEqual(findings);
  });

  it('carries the fields issue 17 added: suggested, count, occurrences, statement, number, period', () => {
    const findings = detect(fixtureText(PAGES[0]!.html), { lang: 'zh-CN' });
    const parsed = findings.map((f) => v.parse(FindingSchema, f));
    expect(parsed.some((f) => !f.suggested && f.reason)).toBe(true);
    expect(parsed.some((f) => f.count > 1 && (f.occurrences?.length ?? 0) === f.count)).toBe(true);
    const figure = parsed.find((f) => f.kind === 'figure' && f.suggested && f.period);
    expect(figure).toMatchObject({ statement: { start: expect.any(Number) }, number: expect.any(Number) });
  });

  it('refuses a figure without its statement (the shape before issue 17)', () => {
    const old = {
      kind: 'figure',
      type: 'money',
      text: '5亿元',
      start: 0,
      end: 3,
      context: '5亿元',
      value: 5e8,
      unit: 'CNY',
    };
    expect(v.safeParse(FindingSchema, old).success).toBe(false);
  });
});
