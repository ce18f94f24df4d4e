import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextModel, buildTextModelAsync } from '@/utils/anchor';
import { documentFrom, fixtureDocument } from './dom';

const body = (html: string): Element => documentFrom(`<!DOCTYPE html><html><body>${html}</body></html>`).body;

describe('text model: what counts as text', () => {
  it('leaves out scripts, styles, templates, hidden content and our own UI', () => {
    const root = body(
      '<p>one</p><script>var x = "script";</script><style>p{}</style><noscript>noscript</noscript>' +
        '<template><p>template</p></template><p hidden>hidden</p><p aria-hidden="true">aria</p>' +
        '<p style="color: red; display : none">inline none</p><div data-pc-ui><button>menu</button></div>' +
        '<p hidden="until-found">found</p><p>two</p>',
    );
    expect(buildTextModel(root).text).toBe('one\nfound\ntwo');
  });

  it('keeps the text inside the fallback highlight element pc-mark, inline', () => {
    const root = body('<p>开展<pc-mark>科技成果</pc-mark>转化</p>');
    expect(buildTextModel(root).text).toBe('开展科技成果转化');
  });

  it('ends blocks, list items, table cells and <br> with one "\\n", and collapses collapsible whitespace', () => {
    const root = body(
      '<h1>  Title \n</h1><div><p>first   line<br>second\tline</p></div>' +
        '<ul><li>a</li><li> b </li></ul><table><tr><td>c1</td><td>c2</td></tr></table>x&nbsp;&nbsp;y',
    );
    expect(buildTextModel(root).text).toBe('Title\nfirst line\nsecond line\na\nb\nc1\nc2\nx  y');
  });

  it('never inserts a space into CJK text split over inline elements', () => {
    const root = body('<p><span>支持</span><b>科技成果</b><a href="#">转化</a>，<em>给予</em>补助。</p>');
    expect(buildTextModel(root).text).toBe('支持科技成果转化，给予补助。');
  });

  it('keeps no-break and ideographic spaces, which do not collapse, and drops invisible characters', () => {
    const root = body(
      '<p>\u3000\u3000第一条\u3000内容</p><p>a&nbsp;&nbsp; b zero\u200bwidth soft\u00adhyphen</p>',
    );
    expect(buildTextModel(root).text).toBe('\u3000\u3000第一条\u3000内容\na   b zerowidth softhyphen');
  });

  it('lets an inline style decide whether an element is a block', () => {
    const root = body(
      '<span>a</span><span style="display:block">b</span><div style="display: inline">c</div>d',
    );
    expect(buildTextModel(root).text).toBe('a\nb\ncd');
  });
});

describe('text model: mapping between text offsets and the DOM', () => {
  const root = fixtureDocument('anchor/layout-zh.html').body;
  const model = buildTextModel(root);

  it('maps every character to a DOM range holding that character', () => {
    for (let i = 0; i < model.text.length; i++) {
      const ch = model.text[i] as string;
      if (ch === '\n') continue;
      const got = model.rangeAt(i, i + 1).toString();
      expect(ch === ' ' ? /^\s$/.test(got) || got === '' : got === ch).toBe(true);
    }
  });

  it('maps spans back to the same offsets (round trip), also across elements', () => {
    fc.assert(
      fc.property(fc.nat(model.text.length), fc.nat(model.text.length), (a, b) => {
        const [s, e] = a <= b ? [a, b] : [b, a];
        const isSep = (i: number): boolean => /[\s]/.test(model.text[i] ?? '');
        fc.pre(s < e && !isSep(s) && !isSep(e - 1));
        expect(model.offsetsOf(model.rangeAt(s, e))).toEqual({ start: s, end: e });
      }),
      { numRuns: 300 },
    );
  });

  it('maps element boundary points and points in skipped content to the nearest text', () => {
    const doc = root.ownerDocument;
    const hidden = doc.querySelector('span[style="display:none"]') as Element;
    const range = doc.createRange();
    range.setStart(hidden.firstChild as Text, 2);
    range.collapse(true);
    const at = model.offsetAt(range.startContainer, range.startOffset, 'start');
    expect(model.text.slice(at, at + 4)).toBe('完善科技');
    const list = doc.querySelector('ol') as Element;
    const start = model.offsetAt(list, 0, 'start');
    expect(model.text.slice(start, start + 4)).toBe('开展科技');
    const end = model.offsetAt(list, list.childNodes.length, 'end');
    expect(model.text.slice(end - 10, end)).toBe('培养技术经理人队伍。');
  });

  it('gives the same text and mapping after a passage is wrapped in pc-mark (fallback rendering)', () => {
    const doc = fixtureDocument('anchor/layout-zh.html');
    const before = buildTextModel(doc.body);
    const s = before.text.indexOf('知识产权保护');
    const range = before.rangeAt(s, s + 6);
    const mark = doc.createElement('pc-mark');
    range.surroundContents(mark);
    const after = buildTextModel(doc.body);
    expect(after.text).toBe(before.text);
    expect(after.offsetsOf(range)).toEqual({ start: s, end: s + 6 });
    expect(after.rangeAt(s, s + 6).toString()).toBe('知识产权保护');
  });

  it('builds the same model asynchronously, in slices', async () => {
    const sync = buildTextModel(root);
    const sliced = await buildTextModelAsync(root, { budgetMs: 0 });
    expect(sliced.text).toBe(sync.text);
    const s = sync.text.indexOf('技术合同');
    expect(sliced.rangeAt(s, s + 10).toString()).toBe(sync.rangeAt(s, s + 10).toString());
  });
});
