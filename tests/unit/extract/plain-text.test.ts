import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '@/utils/extract/plain-text';
import { fragment } from './dom-helpers';

const text = (html: string): string => toPlainText(fragment(html)).text;

describe('toPlainText', () => {
  it('separates blocks by a blank line and trims', () => {
    expect(
      text('  <h2> 一、总体要求 </h2><p>第一段。</p>\n<ul><li>甲</li><li>乙</li></ul><div>丙</div>  '),
    ).toBe('一、总体要求\n\n第一段。\n\n甲\n\n乙\n\n丙');
  });

  it('turns <br> into a line break and two <br> into a paragraph break', () => {
    expect(text('<p>国务院<br>2021年5月8日</p><p>一<br><br>二</p>')).toBe('国务院\n2021年5月8日\n\n一\n\n二');
  });

  it('never inserts spaces between CJK inline elements', () => {
    expect(text('<p><span>促进</span><b>科技</b><a href="#">成果</a>转化</p>')).toBe('促进科技成果转化');
  });

  it('drops a source line break between CJK characters but keeps it as a space in Latin text', () => {
    expect(text('<p>安排专项资金10亿元，\n   支持中小企业</p><p>the trade\n   deficit</p>')).toBe(
      '安排专项资金10亿元，支持中小企业\n\nthe trade deficit',
    );
  });

  it('keeps spaces the author typed, collapsing runs (including no-break and ideographic spaces)', () => {
    expect(text('<p>　　央地齐打“组合拳”&nbsp;&nbsp; 促科技成果转化</p>')).toBe(
      '央地齐打“组合拳” 促科技成果转化',
    );
  });

  it('separates table rows by a blank line and cells by a tab', () => {
    expect(
      text('<table><tr><th>指标</th><th>数值</th></tr><tr><td>技术合同</td><td>549353项</td></tr></table>'),
    ).toBe('指标\t数值\n\n技术合同\t549353项');
  });

  it('drops invisible characters', () => {
    expect(text('<p>42°S\uFEFF / \u200B174°E soft\u00ADhyphen</p>')).toBe('42°S / 174°E softhyphen');
  });

  it('counts link text', () => {
    expect(
      toPlainText(fragment('<p>见<a href="/x">附件一</a>和<a href="/y">附件二</a></p>')).linkLength,
    ).toBe(6);
  });

  // 200 jsdom parses: ~10 s alone, past the default 30 s when the whole suite shares two busy cores.
  it(
    'keeps the conventions for any mix of blocks, inline elements and whitespace (property)',
    { timeout: 120_000 },
    () => {
      const word = fc.constantFrom('政策', '利好', 'tariff', 'trade', '2021年', '13.48%', '，', '。');
      const space = fc.constantFrom('', ' ', '\n', '\t', '\u00A0', '\u3000', '  \n  ', ' \t');
      const inline = fc
        .tuple(fc.constantFrom('span', 'b', 'a', 'em'), fc.array(fc.tuple(space, word), { maxLength: 4 }))
        .map(([tag, parts]) => `<${tag}>${parts.map(([s, w]) => s + w).join('')}</${tag}>`);
      const block = fc
        .tuple(
          fc.constantFrom('p', 'div', 'li', 'h3'),
          fc.array(
            fc.oneof(
              inline,
              fc.tuple(space, word).map(([s, w]) => s + w),
              fc.constant('<br>'),
            ),
            { maxLength: 6 },
          ),
        )
        .map(([tag, parts]) => `<${tag}>${parts.join('')}</${tag}>`);
      fc.assert(
        fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
          const out = text(blocks.join(''));
          expect(out).toBe(out.trim());
          expect(out).not.toMatch(/\n{3,}| {2}|[ \t]\n|\n[ \t]|[\t\u00A0\u3000]/);
          // No space is ever written between two CJK characters unless the source had a non-newline space there.
          const source = blocks.join('');
          if (!/[ \t\u00A0\u3000]/.test(source.replace(/<[^>]+>/g, '')))
            expect(out).not.toMatch(/[\u4e00-\u9fff，。] [\u4e00-\u9fff，。]/);
        }),
        { numRuns: 200 },
      );
    },
  );
});
