/**
 * Golden files: the full findings of each fixture, so any change in suggestions shows in review.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run tests/unit/detect/golden.test.ts`.
 */
import { updatingGolden } from '@/tests/support/golden';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';
import { FIXTURES, fixtureText } from './fixture-text';

const CASES = [
  {
    html: 'pages/seed-policy-article-zh/source.html',
    lang: 'zh-CN',
    golden: 'detect/policy-article-zh.findings.json',
  },
  { html: 'detect/policy-article-en.html', lang: 'en', golden: 'detect/policy-article-en.findings.json' },
  {
    html: 'detect/policy-article-zh-tw.html',
    lang: 'zh-TW',
    golden: 'detect/policy-article-zh-tw.findings.json',
  },
];

const update = updatingGolden();

describe.each(CASES)('golden findings of $html', ({ html, lang, golden }) => {
  it('match the reviewed golden file', () => {
    const findings = detect(fixtureText(html), { lang });
    const path = `${FIXTURES}${golden}`;
    if (update) writeFileSync(path, `${JSON.stringify(findings, null, 1)}\n`);
    expect(existsSync(path), `missing ${golden}: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(findings).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
