/** The first page read for title, dates and the official document's particulars (lines built by hand). */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '@/utils/pdf/front-matter';
import type { TextLine } from '@/utils/pdf/lines';

/** A line of `size` points at height `y`, centred on an A4 page unless `x` is given. */
function line(text: string, y: number, size = 16, x?: number): TextLine {
  const width = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size / 2), 0);
  const x0 = x ?? (595 - width) / 2;
  return { text, pieces: [{ text, item: 0, offset: 0, source: text.length }], x0, x1: x0 + width, y, size };
}

const body = (text: string, y: number): TextLine => line(text, y, 16, 79);

describe('readFrontMatter', () => {
  it('reads an official document: masthead, number line, wrapped title, signature', () => {
    const first = [
      line('国务院办公厅文件', 760, 30),
      line('国办发〔2017〕47号', 700),
      line('国务院办公厅关于印发', 640, 22),
      line('国家技术转移体系建设方案的通知', 610, 22),
      body('各省、自治区、直辖市人民政府：', 560),
      body('现将《国家技术转移体系建设方案》印发给你们，请认真贯彻执行。', 530),
    ];
    const front = readFrontMatter(first, [
      '请认真贯彻执行。',
      '国务院办公厅',
      '2017年9月26日',
      '（此件公开发布）',
    ]);
    expect(front.policy).toEqual({
      docNumber: '国办发〔2017〕47号',
      issuer: '国务院办公厅',
      signedOn: '2017-09-26',
    });
    expect(front.heading).toEqual({
      text: '国务院办公厅关于印发国家技术转移体系建设方案的通知',
      strong: true,
    });
  });

  it('takes the issuer from the signature when there is no masthead', () => {
    const first = [line('关于做好2024年春耕生产工作的通知', 740, 22), body('各市农业农村局：', 690)];
    const front = readFrontMatter(first, ['江南省农业农村厅', '2024年2月29日']);
    expect(front.policy).toEqual({ docNumber: null, issuer: '江南省农业农村厅', signedOn: '2024-02-29' });
  });

  it('does not take a chapter heading or a date line for the title', () => {
    const first = [line('第一章 总则', 740, 20), line('2024年3月1日', 700), body('第一条 为了规范……', 660)];
    const front = readFrontMatter(first, []);
    expect(front.heading?.strong ?? false).toBe(false);
    expect(front.dateLine).toBe('2024-03-01');
  });

  it('reads a labelled date, and a date among a few words on the cover', () => {
    expect(
      readFrontMatter([line('Annual Report', 740, 24), body('Published: 14 March 2024', 700)], [])
        .labelledDate,
    ).toBe('2024-03-14');
    const cover = readFrontMatter(
      [line('Libtasn1', 740, 24), body('for version 4.19.0, 18 August 2022', 700)],
      [],
    );
    expect(cover.dateLine).toBe('2022-08-18');
  });

  it('finds no policy metadata in an ordinary report', () => {
    const front = readFrontMatter(
      [line('Clean Energy Outlook', 740, 24), body('Investment grew by 17%.', 700)],
      [],
    );
    expect(front.policy).toEqual({ docNumber: null, issuer: null, signedOn: null });
    expect(front.heading).toEqual({ text: 'Clean Energy Outlook', strong: true });
  });
});
