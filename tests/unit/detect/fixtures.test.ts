/** Quality targets of issue 4 on the seed page and on the hand-written English and Traditional Chinese fixtures. */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';
import { fixtureJson, fixtureText } from './fixture-text';
import { documentType, figureFound, type Gold, impreciseFigures, measureFound } from './gold';

const PAGES = [
  {
    name: 'seed (Simplified Chinese)',
    html: 'pages/seed-policy-article-zh/source.html',
    gold: 'pages/seed-policy-article-zh/gold.json',
  },
  { name: 'English', html: 'detect/policy-article-en.html', gold: 'detect/policy-article-en.gold.json' },
  {
    name: 'Traditional Chinese',
    html: 'detect/policy-article-zh-tw.html',
    gold: 'detect/policy-article-zh-tw.gold.json',
  },
];

describe.each(PAGES)('detect on the $name fixture', ({ html, gold: goldPath }) => {
  const gold = fixtureJson<Gold>(goldPath);
  const text = fixtureText(html);
  const findings = detect(text, { lang: gold.lang ?? gold.article?.lang ?? null });

  it('finds every gold figure with its type (and value and unit where the gold states them)', () => {
    const missing = gold.figures.filter((g) => !figureFound(g, findings)).map((g) => `${g.kind}:${g.text}`);
    expect(missing).toEqual([]);
  });

  it('finds only gold figures among money, percent and count (precision 100%)', () => {
    expect(impreciseFigures(gold, findings)).toEqual([]);
  });

  it('finds every gold document, typed as something other than media', () => {
    const types = gold.documents.map((d) => [d, documentType(d, findings)]);
    expect(types.filter(([, type]) => type === undefined || type === 'media')).toEqual([]);
  });

  it('types newspapers and media as media', () => {
    expect(gold.notDocuments.map((d) => documentType(d, findings))).toEqual(
      gold.notDocuments.map(() => 'media'),
    );
  });

  it('finds every gold measure (containment rule)', () => {
    expect(gold.measures.filter((m) => !measureFound(m, findings))).toEqual([]);
  });

  it('gives every finding offsets that slice to its text and a context containing it', () => {
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.context).toContain(f.text);
    }
  });
});

describe('detect on the seed page, specifics', () => {
  const text = fixtureText('pages/seed-policy-article-zh/source.html');
  const findings = detect(text, { lang: 'zh-CN' });

  it('finds all 9 gold measures', () => {
    const gold = fixtureJson<Gold>('pages/seed-policy-article-zh/gold.json');
    expect(gold.measures.filter((m) => !measureFound(m, findings))).toEqual([]);
  });

  it('normalises 28251.51亿元 to CNY in base units and reads 增长 as growth', () => {
    const money = findings.find((f) => f.text === '28251.51亿元');
    expect(money).toMatchObject({ kind: 'figure', type: 'money', value: 2825151000000, unit: 'CNY' });
    const growth = findings.filter((f) => f.kind === 'figure' && f.type === 'percent');
    expect(growth.map((f) => (f.kind === 'figure' ? f.direction : null))).toEqual(['up', 'up', 'up']);
  });

  it('does not read the years inside 《…(2021-2023)》 as figures', () => {
    const title = findings.find((f) => f.kind === 'document' && f.text.includes('2021-2023'));
    expect(title).toBeDefined();
    const inside = findings.filter(
      (f) => f.kind === 'figure' && title && f.start >= title.start && f.end <= title.end,
    );
    expect(inside).toEqual([]);
  });
});
