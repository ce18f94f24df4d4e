import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { decodeHtml } from '@/utils/extract/decode';
import { parseExtractResult } from '@/utils/extract/result-schema';
import { htmlDocument } from './dom-helpers';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const URL = 'https://www.example.cn/news/1.html';

describe('parseExtractResult: the extractor answer the background accepts from a tab', () => {
  it('accepts, unchanged, what `extract` answers on every fixture page (articles and refusals)', () => {
    const dirs = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory());
    let articles = 0;
    let refusals = 0;
    for (const dir of dirs) {
      const decoded = decodeHtml(readFileSync(join(PAGES, dir.name, 'source.html')));
      if (!decoded.ok) throw new Error(`${dir.name}: ${decoded.message}`);
      const result = extract(htmlDocument(decoded.html, URL), URL);
      // Through a structured clone, as `scripting.executeScript` hands it over.
      expect(parseExtractResult(structuredClone(result)), dir.name).toEqual(result);
      if (result.ok) articles++;
      else refusals++;
    }
    expect(articles).toBeGreaterThanOrEqual(5);
    expect(refusals).toBeGreaterThanOrEqual(1);
  });

  it('refuses answers of another shape', () => {
    const good = extract(
      htmlDocument(
        `<html><body>${'<p>国家发展改革委和科技部日前联合发布通知，明确要求赋予科研人员职务科技成果所有权和长期使用权。</p>'.repeat(8)}</body></html>`,
        URL,
      ),
      URL,
    );
    if (!good.ok) throw new Error('fixture article not extracted');
    const article = good.article;
    for (const bad of [
      undefined,
      null,
      'article',
      { ok: true },
      { ok: true, article: { ...article, text: 42 } },
      { ok: true, article: { ...article, published: '10 May 2021' } },
      { ok: true, article: { ...article, byline: undefined } },
      { ok: false, reason: 'no-article', message: 'x' }, // no detail
      { ok: false, reason: 'exploded', message: 'x' },
      { ok: 'yes', article },
    ]) {
      expect(parseExtractResult(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('drops unknown keys and measures the text itself', () => {
    const article = {
      title: 't',
      source: 's',
      byline: null,
      published: '2021-05-10',
      lang: 'zh-CN',
      url: URL,
      canonicalUrl: null,
      excerpt: '',
      contentHtml: '<p>正文</p>',
      text: '正文',
      length: 999,
    };
    const parsed = parseExtractResult({
      ok: true,
      article: { ...article, injected: '<img onerror=x>' },
      findings: [],
    });
    expect(parsed).toEqual({ ok: true, article: { ...article, length: 2 } });
  });
});
