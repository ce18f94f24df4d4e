/**
 * fast-check arbitraries for the anchoring properties: documents of English-like words (random
 * syllables, so a passage rarely repeats by chance) and Chinese-like text (random Han characters, no
 * spaces), in paragraphs, headings, lists and tables, with inline formatting; plus edit plans.
 */
import fc from 'fast-check';

const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';
const HAN =
  '的国科技成果转化政策市场企业创新发展服务资金人才机构改革建设推进支持项目产业管理体系研究试点贷款风险补偿合同交易数据增长地方中央部门地区重点任务工作计划标准经济社会制度保障领域能力质量规划实施';

export const latinWord: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...CONSONANTS), fc.constantFrom(...VOWELS)), { minLength: 2, maxLength: 4 })
  .map((syllables) => syllables.map(([c, v]) => c + v).join(''));

const hanRun: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 12 })
  .map((chars) => chars.join(''));

export interface Run {
  text: string;
  wrap: '' | 'b' | 'em' | 'a' | 'span';
}

const latinRun: fc.Arbitrary<Run> = fc.record({
  text: fc
    .tuple(fc.array(latinWord, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ', ', '. '))
    .map(([words, end]) => words.join(' ') + end),
  wrap: fc.constantFrom('', '', '', 'b', 'em', 'a', 'span'),
});

const cjkRun: fc.Arbitrary<Run> = fc.record({
  text: fc.tuple(hanRun, fc.constantFrom('', '，', '。', '、')).map(([t, p]) => t + p),
  wrap: fc.constantFrom('', '', '', 'b', 'em', 'a', 'span'),
});

export type BlockKind = 'p' | 'h2' | 'ul' | 'table';

export interface Block {
  kind: BlockKind;
  /** Paragraphs and headings: one item; lists: items; tables: the cells of one row. */
  items: Run[][];
}

const runs = (cjk: boolean): fc.Arbitrary<Run[]> =>
  fc.array(cjk ? cjkRun : latinRun, { minLength: 1, maxLength: 8 });

export const block: fc.Arbitrary<Block> = fc.boolean().chain((cjk) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant<BlockKind>('p'),
        items: fc.tuple(runs(cjk)).map((r) => [r[0]]),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant<BlockKind>('h2'),
        items: fc.tuple(runs(cjk)).map((r) => [r[0]]),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant<BlockKind>('ul'),
        items: fc.array(runs(cjk), { minLength: 1, maxLength: 4 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant<BlockKind>('table'),
        items: fc.array(runs(cjk), { minLength: 2, maxLength: 4 }),
      }),
    },
  ),
);

export const documentBlocks: fc.Arbitrary<Block[]> = fc.array(block, { minLength: 3, maxLength: 10 });

function appendRuns(parent: Element, items: Run[]): void {
  const doc = parent.ownerDocument;
  for (const { text, wrap } of items) {
    const node = doc.createTextNode(text);
    if (wrap === '') {
      parent.appendChild(node);
    } else {
      const el = doc.createElement(wrap);
      if (wrap === 'a') el.setAttribute('href', '#x');
      el.appendChild(node);
      parent.appendChild(el);
    }
  }
}

/** The block as DOM (built node by node: much faster in jsdom than parsing HTML). */
export function blockElement(doc: Document, b: Block): Element {
  if (b.kind === 'p' || b.kind === 'h2') {
    const el = doc.createElement(b.kind);
    appendRuns(el, b.items[0] ?? []);
    return el;
  }
  if (b.kind === 'ul') {
    const ul = doc.createElement('ul');
    for (const item of b.items) appendRuns(ul.appendChild(doc.createElement('li')), item);
    return ul;
  }
  const table = doc.createElement('table');
  const row = table.appendChild(doc.createElement('tbody')).appendChild(doc.createElement('tr'));
  for (const cell of b.items) appendRuns(row.appendChild(doc.createElement('td')), cell);
  return table;
}

/** Replaces the children of `body` with the blocks, separated by newlines as in page source. */
export function fillBody(body: Element, blocks: Block[]): void {
  const doc = body.ownerDocument;
  body.replaceChildren();
  for (const b of blocks) {
    body.appendChild(blockElement(doc, b));
    body.appendChild(doc.createTextNode('\n'));
  }
}

/** Where the quote is: fractions of the text, turned into offsets once the text is known. */
export const quotePlacement = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  length: fc.integer({ min: 8, max: 160 }),
});

/** Letters an edit may write: Latin for Latin text, Han for Chinese. */
export function replacementFor(ch: string, pick: number): string {
  const pool = /[a-z]/i.test(ch) ? CONSONANTS + VOWELS : HAN;
  const c = pool[pick % pool.length] as string;
  return c === ch ? (pool[(pick + 1) % pool.length] as string) : c;
}
