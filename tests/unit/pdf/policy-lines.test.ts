/** The first-page and signature rules of official documents, line by line. */
import { describe, expect, it } from 'vitest';
import {
  readDateLine,
  readDocNumber,
  readLabelledFields,
  readMasthead,
  readOrganisations,
  readSignature,
} from '@/utils/pdf/policy-lines';

describe('readDocNumber', () => {
  it.each([
    ['国办发〔2017〕47号', '国办发〔2017〕47号'],
    ['国 办 发 〔2017〕 47 号', '国办发〔2017〕47号'],
    ['京政办发[2020]5号', '京政办发〔2020〕5号'],
    ['财税（2019）13号', '财税〔2019〕13号'],
    ['银保监发【2021】2号', '银保监发〔2021〕2号'],
    ['发改高技〔2016〕1901号　　签发人：张三', '发改高技〔2016〕1901号'],
    ['中华人民共和国财政部令 第 91 号', '中华人民共和国财政部令第91号'],
  ])('%s → %s', (line, number) => expect(readDocNumber(line)).toBe(number));

  it.each([
    '根据《关于促进科技成果转化的通知》（国办发〔2016〕28号）要求',
    '2017年9月26日',
    '第三章 总则',
    '国办发2017 47号',
  ])('is not fooled by %s', (line) => expect(readDocNumber(line)).toBeNull());
});

describe('readMasthead', () => {
  it.each([
    ['国务院办公厅文件', '国务院办公厅'],
    ['国 务 院 文 件', '国务院'],
    ['中共江南省委办公厅文件', '中共江南省委办公厅'],
  ])('%s → %s', (line, issuer) => expect(readMasthead(line)).toBe(issuer));

  it.each(['关于印发相关文件的通知', '文件', '请将文件报送省政府。'])('not %s', (line) =>
    expect(readMasthead(line)).toBeNull(),
  );
});

describe('readOrganisations and readDateLine', () => {
  it('names issuing bodies, one or several on a line', () => {
    expect(readOrganisations('国家发展改革委')).toBe('国家发展改革委');
    expect(readOrganisations('财政部    国家税务总局')).toBe('财政部 国家税务总局');
    expect(readOrganisations('请认真贯彻执行。')).toBeNull();
  });

  it('reads a line that is only a date, in digits or Chinese numerals', () => {
    expect(readDateLine('2021年5月10日')).toBe('2021-05-10');
    expect(readDateLine('二〇一七年九月二十六日')).toBe('2017-09-26');
    expect(readDateLine('2017年9月26日（此件公开发布）')).toBe('2017-09-26');
    expect(readDateLine('国务院办公厅秘书局 2017年9月27日印发')).toBeNull();
    expect(readDateLine('到2025年12月31日前完成')).toBeNull();
  });
});

describe('readSignature', () => {
  it('finds the issuer above the date near the end', () => {
    expect(
      readSignature(['……请认真贯彻执行。', '国务院办公厅', '2017年9月26日', '（此件公开发布）']),
    ).toEqual({
      issuer: '国务院办公厅',
      date: '2017-09-26',
    });
  });

  it('gives the date alone when no issuing body is above it', () => {
    expect(readSignature(['请认真贯彻执行。', '2017年9月26日'])).toEqual({
      issuer: null,
      date: '2017-09-26',
    });
  });

  it('ignores the printing line and finds nothing in plain prose', () => {
    expect(readSignature(['国务院办公厅秘书局 2017年9月27日印发'])).toBeNull();
    expect(readSignature(['The plan runs to 2025.'])).toBeNull();
  });
});

describe('readLabelledFields', () => {
  it('reads several labels on one line', () => {
    expect(readLabelledFields('发文机关：国务院办公厅　成文日期：2017年09月26日')).toEqual({
      issuer: '国务院办公厅',
      date: '2017-09-26',
    });
    expect(readLabelledFields('发文字号：国办发〔2017〕47号')).toEqual({ docNumber: '国办发〔2017〕47号' });
  });

  it('reads English labels', () => {
    expect(readLabelledFields('Published: March 14, 2024')).toEqual({ date: '2024-03-14' });
    expect(readLabelledFields('Date: 1 February 2016')).toEqual({ date: '2016-02-01' });
  });

  it('finds nothing in a line without labels', () => {
    expect(readLabelledFields('全年投入资金1256.8亿元：比上年增长')).toEqual({});
  });
});
