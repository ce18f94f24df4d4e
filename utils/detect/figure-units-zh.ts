/**
 * Chinese figure rules (Simplified and Traditional): what may follow a number, and what before it.
 * Read as tables: `['亿元', …]` is not listed because scale words (亿) and units (元) combine.
 */
import type { FigureType } from './types';
import { literalTable } from './literal-table';

export interface UnitRule {
  type: FigureType;
  /** ISO 4217 code for money; unit symbol otherwise (null: a count with no unit word). */
  unit: string | null;
  /** `元` alone: the local yuan (CNY, or TWD / HKD for Taiwan / Hong Kong pages). */
  localYuan?: boolean;
}

const money = (unit: string, localYuan = false): UnitRule => ({ type: 'money', unit, localYuan });
const count = (unit: string): UnitRule => ({ type: 'count', unit });
const quantity = (unit: string): UnitRule => ({ type: 'quantity', unit });

/** Scale words between the number and its unit (`28251.51亿元`, `1.2萬億`, Taiwan `1.2兆元`). */
// prettier-ignore
export const ZH_SCALES = literalTable<number>([
  ['百', 1e2], ['千', 1e3], ['万', 1e4], ['萬', 1e4], ['十万', 1e5], ['十萬', 1e5], ['百万', 1e6], ['百萬', 1e6],
  ['千万', 1e7], ['千萬', 1e7], ['亿', 1e8], ['億', 1e8], ['十亿', 1e9], ['十億', 1e9], ['百亿', 1e10],
  ['百億', 1e10], ['千亿', 1e11], ['千億', 1e11], ['万亿', 1e12], ['萬億', 1e12], ['兆', 1e12],
]);

/** Approximation marks written inside the figure (`3000多家`, `1000余万元`). */
export const ZH_APPROXIMATIONS = literalTable<true>([
  ['多', true],
  ['余', true],
  ['餘', true],
]);

/** Units after the number (and scale). Longest entry wins: `个百分点` over `个`, `千瓦时` over `千瓦`. */
// prettier-ignore
export const ZH_UNITS = literalTable<UnitRule>([
  // money
  ['元', money('CNY', true)], ['块钱', money('CNY', true)], ['元人民币', money('CNY')], ['元人民幣', money('CNY')],
  ['人民币', money('CNY')], ['人民幣', money('CNY')], ['美元', money('USD')], ['美金', money('USD')],
  ['欧元', money('EUR')], ['歐元', money('EUR')], ['英镑', money('GBP')], ['英鎊', money('GBP')],
  ['日元', money('JPY')], ['日圓', money('JPY')], ['港元', money('HKD')], ['港币', money('HKD')],
  ['港幣', money('HKD')], ['澳元', money('AUD')], ['加元', money('CAD')], ['韩元', money('KRW')],
  ['韓元', money('KRW')], ['新台币', money('TWD')], ['新台幣', money('TWD')], ['新臺幣', money('TWD')],
  ['台币', money('TWD')], ['台幣', money('TWD')], ['臺幣', money('TWD')], ['卢布', money('RUB')],
  ['盧布', money('RUB')], ['卢比', money('INR')], ['新加坡元', money('SGD')],
  // percent
  ['%', { type: 'percent', unit: '%' }], ['％', { type: 'percent', unit: '%' }], ['‰', { type: 'percent', unit: '‰' }],
  ['个百分点', { type: 'percent', unit: 'pp' }], ['個百分點', { type: 'percent', unit: 'pp' }],
  ['百分点', { type: 'percent', unit: 'pp' }], ['百分點', { type: 'percent', unit: 'pp' }],
  // multiples
  ['倍', { type: 'ratio', unit: '×' }],
  // counts: measure words
  ...['项', '項', '家', '个', '個', '人', '名', '件', '所', '座', '台', '辆', '輛', '套', '户', '戶', '次', '份', '篇',
    '部', '条', '條', '种', '種', '类', '類', '批', '只', '隻', '头', '頭', '例', '人次', '位', '支', '块', '塊', '张',
    '張', '本', '册', '冊', '栋', '棟', '间', '間', '处', '處', '场', '場', '架', '艘', '款', '起', '宗', '枚', '颗',
    '顆', '株', '棵', '床', '户次', '家次',
  ].map((w) => [w, count(w)] as const),
  // durations (a four-digit year before 年 is a date, handled by the date rules first)
  ['年', quantity('year')], ['个月', quantity('month')], ['個月', quantity('month')], ['天', quantity('day')],
  ['周', quantity('week')], ['週', quantity('week')], ['小时', quantity('hour')], ['小時', quantity('hour')],
  ['分钟', quantity('minute')], ['分鐘', quantity('minute')], ['岁', quantity('age')], ['歲', quantity('age')],
  // physical quantities
  ['吨', quantity('t')], ['噸', quantity('t')], ['千克', quantity('kg')], ['公斤', quantity('kg')],
  ['克', quantity('g')], ['公里', quantity('km')], ['千米', quantity('km')], ['米', quantity('m')],
  ['平方米', quantity('m²')], ['平米', quantity('m²')], ['平方公里', quantity('km²')], ['平方千米', quantity('km²')],
  ['亩', quantity('mu')], ['畝', quantity('mu')], ['公顷', quantity('ha')], ['公頃', quantity('ha')],
  ['立方米', quantity('m³')], ['升', quantity('L')], ['桶', quantity('bbl')], ['瓦', quantity('W')],
  ['千瓦', quantity('kW')], ['兆瓦', quantity('MW')], ['吉瓦', quantity('GW')], ['千瓦时', quantity('kWh')],
  ['千瓦時', quantity('kWh')], ['千伏', quantity('kV')], ['标准煤', quantity('tce')], ['標準煤', quantity('tce')],
]);

/** Currency written before the number (`人民币5000万元`, `新臺幣900億元`, `￥300`). */
// prettier-ignore
export const ZH_CURRENCY_PREFIXES = literalTable<string>([
  ['人民币', 'CNY'], ['人民幣', 'CNY'], ['新台币', 'TWD'], ['新台幣', 'TWD'], ['新臺幣', 'TWD'], ['台币', 'TWD'],
  ['台幣', 'TWD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['港元', 'HKD'], ['美元', 'USD'], ['￥', 'CNY'], ['¥', 'CNY'],
]);

/** Verbs of change before a figure (`增长32.3%`): the direction, not part of the figure's text. */
// prettier-ignore
export const ZH_CHANGE_VERBS = literalTable<'up' | 'down'>([
  ...['增长', '增長', '增加', '提高', '提升', '上升', '上涨', '上漲', '增', '涨', '漲', '攀升', '扩大', '擴大']
    .map((w) => [w, 'up'] as const),
  ...['下降', '下跌', '减少', '減少', '降低', '回落', '下滑', '减', '減', '降', '跌', '萎缩', '萎縮', '缩减', '縮減']
    .map((w) => [w, 'down'] as const),
]);

/** Words between a change verb and its figure (`增长了约5%`). */
// prettier-ignore
export const ZH_CHANGE_FILLERS = literalTable<true>(
  ['了', '约', '約', '近', '超', '超过', '超過', '逾', '达', '達', '高达', '高達', '了约', '了約', '了近', '幅度为', '幅為']
    .map((w) => [w, true] as const),
);

/** Words joining two figures that share a change verb (`增长13.48%和26.13%`). */
// prettier-ignore
export const ZH_FIGURE_JOINERS = literalTable<true>(
  ['和', '与', '與', '及', '、', '，', ','].map((w) => [w, true] as const),
);
