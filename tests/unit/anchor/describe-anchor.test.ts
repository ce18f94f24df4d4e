import { describe as suite, expect, it } from 'vitest';
import {
  type AnchorResult,
  type Selector,
  type TextQuoteSelector,
  anchor,
  buildTextModel,
  describe,
  quoteSelectorFromText,
} from '@/utils/anchor';
import { documentFrom as fixtureDocumentFromHtml, fixtureDocument, rangeOfTextInNode } from './dom';

const PHRASE = '开展科技成果转化贷款风险补偿试点';

function anchored(result: AnchorResult): { start: number; end: number; text: string; score: number } {
  if (!result.ok) throw new Error(`orphan (best score ${result.bestScore})`);
  return { start: result.start, end: result.end, text: result.range.toString(), score: result.score };
}

function quoteOf(selectors: Selector[]): TextQuoteSelector {
  const q = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (q === undefined) throw new Error('no quote selector');
  return q;
}

suite('describe', () => {
  it('gives a quote with 32 characters of context and a position over the normalised text', () => {
    const doc = fixtureDocument('pages/seed-policy-article-zh/source.html');
    const model = buildTextModel(doc.body);
    const selectors = describe(rangeOfTextInNode(doc.body, PHRASE, 1), doc.body);
    const quote = quoteOf(selectors);
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    expect(quote.exact).toBe(PHRASE);
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(quote.prefix.endsWith('科技保险等科技金融产品,')).toBe(true);
    expect(quote.suffix.startsWith('。\n作为我国')).toBe(true);
    expect(position).toEqual({
      type: 'TextPositionSelector',
      start: model.text.lastIndexOf(PHRASE),
      end: model.text.lastIndexOf(PHRASE) + PHRASE.length,
    });
  });

  it('trims whitespace off the selection and returns nothing for a selection without text', () => {
    const doc = fixtureDocument('anchor/policy-en.html');
    const range = doc.createRange();
    const p = doc.querySelectorAll('article p')[1] as Element;
    range.setStart(p.firstChild as Text, 0);
    range.setEnd(p.firstChild as Text, 4);
    expect(quoteOf(describe(range, doc.body)).exact).toBe('The');
    range.collapse(true);
    expect(describe(range, doc.body)).toEqual([]);
  });
});

suite('describe → anchor round trips', () => {
  it('re-anchors each occurrence of a repeated phrase on the seed page to itself', () => {
    const doc = fixtureDocument('pages/seed-policy-article-zh/source.html');
    for (const occurrence of [0, 1]) {
      const range = rangeOfTextInNode(doc.body, PHRASE, occurrence);
      const result = anchored(anchor(doc.body, describe(range, doc.body)));
      expect(result.text).toBe(PHRASE);
      const original = buildTextModel(doc.body).offsetsOf(range);
      expect([result.start, result.end]).toEqual([original.start, original.end]);
    }
  });

  it('anchors a selection spanning inline formatting, links and elements as one range', () => {
    const doc = fixtureDocument('anchor/layout-zh.html');
    const model = buildTextModel(doc.body);
    const s = model.text.indexOf('支持科技成果转化');
    const e = model.text.indexOf('补助。') + 3;
    const result = anchored(anchor(doc.body, describe(model.rangeAt(s, e), doc.body)));
    expect(result.text).toBe('支持科技成果转化，对关键核心技术单个项目给予最高1000万元补助。');
    expect([result.start, result.end]).toEqual([s, e]);
  });

  it('anchors selections over list items and table cells', () => {
    const doc = fixtureDocument('anchor/layout-zh.html');
    const model = buildTextModel(doc.body);
    for (const [from, to] of [
      ['风险补偿试点', '技术转移机构'],
      ['技术合同成交额', '26.13%'],
    ] as const) {
      const s = model.text.indexOf(from);
      const e = model.text.indexOf(to, s) + to.length;
      const selectors = describe(model.rangeAt(s, e), doc.body);
      expect(quoteOf(selectors).exact).toContain('\n');
      const result = anchored(anchor(doc.body, selectors));
      expect([result.start, result.end]).toEqual([s, e]);
    }
  });

  it('leaves hidden text out of a selection that crosses it', () => {
    const doc = fixtureDocument('anchor/layout-zh.html');
    const model = buildTextModel(doc.body);
    const s = model.text.indexOf('知识产权保护');
    const e = model.text.indexOf('评价体系') + 4;
    expect(quoteOf(describe(model.rangeAt(s, e), doc.body)).exact).toBe('知识产权保护，完善科技成果评价体系');
  });

  it('chooses the right occurrence by context in right-to-left Arabic text', () => {
    const doc = fixtureDocument('anchor/rtl-ar.html');
    for (const occurrence of [0, 1]) {
      const range = rangeOfTextInNode(doc.body, 'الخطة الجديدة', occurrence);
      const selectors = describe(range, doc.body);
      const result = anchored(anchor(doc.body, selectors));
      expect(buildTextModel(doc.body).offsetsOf(range)).toEqual({ start: result.start, end: result.end });
    }
  });

  it('chooses the right occurrence of a repeated English phrase by context, without a position', () => {
    const doc = fixtureDocument('anchor/policy-en.html');
    const model = buildTextModel(doc.body);
    const phrase = 'The credit is a step forward';
    const second = model.text.lastIndexOf(phrase);
    const quote = quoteOf(describe(model.rangeAt(second, second + phrase.length), doc.body));
    expect(anchored(anchor(doc.body, [quote])).start).toBe(second);
  });
});

suite('anchoring after the page changed', () => {
  it('follows a paragraph inserted before, a restyle and a typo fixed inside the quote', () => {
    const doc = fixtureDocument('pages/seed-policy-article-zh/source.html');
    const selectors = describe(rangeOfTextInNode(doc.body, PHRASE, 1), doc.body);
    const content = doc.querySelector('.content') as Element;
    const ad = doc.createElement('p');
    ad.textContent = '广告：开展科技成果转化贷款风险补偿试点的银行名单。';
    content.insertBefore(ad, content.firstChild);
    const paragraph = content.children[4] as Element;
    paragraph.innerHTML = `<section><span>${paragraph.textContent?.replace('补偿试点', '补尝试点') ?? ''}</span></section>`;
    const result = anchored(anchor(doc.body, selectors));
    expect(result.text).toBe('开展科技成果转化贷款风险补尝试点');
    expect(result.score).toBeLessThan(1);
    expect(result.score).toBeGreaterThanOrEqual(0.75);
  });

  it('is an orphan when the passage is deleted, even though the phrase still occurs elsewhere', () => {
    const doc = fixtureDocument('pages/seed-policy-article-zh/source.html');
    const selectors = describe(rangeOfTextInNode(doc.body, PHRASE, 0), doc.body);
    const range = rangeOfTextInNode(doc.body, PHRASE, 0);
    range.deleteContents();
    const result = anchor(doc.body, selectors);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.bestScore).toBeLessThan(0.75);
  });

  it('does not move a deleted figure onto the same figure in another sentence', () => {
    const doc = fixtureDocument('anchor/policy-en.html');
    const selectors = describe(rangeOfTextInNode(doc.body, '15%', 0), doc.body);
    const strong = doc.querySelector('em') as Element;
    strong.textContent = 'larger';
    expect(anchor(doc.body, selectors).ok).toBe(false);
  });

  it('anchors a figure edited in place (context intact)', () => {
    const doc = fixtureDocument('anchor/layout-zh.html');
    const selectors = describe(rangeOfTextInNode(doc.body, '1000万元', 0), doc.body);
    const span = doc.querySelector('span[style="color:red"]') as Element;
    span.textContent = '3000万元';
    expect(anchored(anchor(doc.body, selectors)).text).toBe('3000万元');
  });

  it('is an orphan for selectors without a quote, or with an empty one', () => {
    const doc = fixtureDocument('anchor/policy-en.html');
    expect(anchor(doc.body, [{ type: 'TextPositionSelector', start: 10, end: 20 }]).ok).toBe(false);
    expect(anchor(doc.body, [{ type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' }]).ok).toBe(
      false,
    );
  });
});

suite('quoteSelectorFromText (findings from the extracted article text)', () => {
  it('anchors a span of the extracted text in the live page, which has more text and other separators', () => {
    const doc = fixtureDocument('pages/seed-policy-article-zh/source.html');
    const paragraphs = [...doc.querySelectorAll('.content p')].map((p) => p.textContent ?? '');
    const articleText = `央地齐打“组合拳” 促科技成果转化再迎政策利好\n\n${paragraphs.join('\n\n')}`;
    const live = buildTextModel(doc.body).text;
    for (const occurrence of [0, 1]) {
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = articleText.indexOf(PHRASE, at + 1);
      const selector = quoteSelectorFromText(articleText, at, at + PHRASE.length);
      expect(selector.prefix.includes('\n\n')).toBe(false);
      const result = anchored(anchor(doc.body, [selector]));
      expect(result.start).toBe(occurrence === 0 ? live.indexOf(PHRASE) : live.lastIndexOf(PHRASE));
    }
  });

  it('normalises whitespace inside the span and moves edge whitespace into the context', () => {
    const text = 'Alpha beta.\n\n  Gamma   delta\tepsilon.  \n\nZeta.';
    const s = text.indexOf('  Gamma');
    const e = text.indexOf('epsilon.') + 10;
    const q = quoteSelectorFromText(text, s, e);
    expect(q).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Gamma delta epsilon.',
      prefix: 'Alpha beta.\n',
      suffix: '\nZeta.',
    });
  });
});

suite('lists of near-identical entries (reference lists)', () => {
  const TITLES = [
    'Elements of Carving',
    'Painted Designs',
    'Tattooing',
    'Maori Music',
    'Musical Instruments',
    'The Sea Floor',
    'Sir George Gipps',
    'Brass Bands',
  ];
  const entries = TITLES.map(
    (title, i) =>
      `<li>McLintock, Alexander, ed. (April 2009) [originally published in 1966]. <i>${title}</i>. An Encyclopaedia of New Zealand. Retrieved ${14 + (i % 3)} February 2011.</li>`,
  );
  const page = (): Document =>
    fixtureDocumentFromHtml(
      `<!DOCTYPE html><html><body><h2>References</h2><ol>${entries.join('')}</ol></body></html>`,
    );

  it('makes a deleted entry an orphan instead of moving it to its neighbour', () => {
    for (const title of ['Painted Designs', 'Maori Music', 'The Sea Floor']) {
      const doc = page();
      const model = buildTextModel(doc.body);
      const s = model.text.indexOf(`${title}. An`) - 50;
      const e = model.text.indexOf('\n', s + 60) + 12;
      const selectors = describe(model.rangeAt(s, e), doc.body);
      const item = [...doc.querySelectorAll('li')].find((li) => li.textContent?.includes(title)) as Element;
      item.remove();
      const result = anchor(doc.body, selectors);
      expect(result.ok).toBe(false);
    }
  });

  it('still anchors an entry with a typo fixed inside it', () => {
    const doc = page();
    const model = buildTextModel(doc.body);
    const s = model.text.indexOf('Maori Music') - 40;
    const e = s + 110;
    const selectors = describe(model.rangeAt(s, e), doc.body);
    const italic = [...doc.querySelectorAll('i')].find((i) => i.textContent === 'Maori Music') as Element;
    italic.textContent = 'Maori Musik';
    const result = anchored(anchor(doc.body, selectors));
    expect(result.start).toBe(s);
    expect(result.text).toContain('Maori Musik');
  });
});
