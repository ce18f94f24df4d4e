/**
 * Chinese measure rules: the policy verbs that lead a measure (with a weight for ranking), the words
 * that open a clause without belonging to the measure, and the keywords that give a measure its type.
 * Simplified and Traditional forms side by side.
 */
import type { MeasureType } from './types';
import { literalTable } from './literal-table';

// prettier-ignore
const weighted = (weight: number, words: readonly string[]): (readonly [string, number])[] =>
  words.map((w) => [w, weight] as const);

/** Policy verbs. Weight ≈ how surely a clause led by the verb states a measure. */
// prettier-ignore
export const ZH_POLICY_VERBS = literalTable<number>([
  ...weighted(0.65, ['设立', '設立', '给予', '給予', '拨款', '撥款', '免征', '免徵', '减免', '減免', '禁止', '严禁', '嚴禁', '出台', '印发', '印發', '颁布', '頒布', '发放', '發放']),
  ...weighted(0.6, ['明确', '明確', '要求', '规定', '規定', '赋予', '賦予', '批准', '补贴', '補貼', '补助', '補助', '投入', '实施', '實施', '实行', '實行', '制定', '成立', '放宽', '放寬', '取消', '征收', '徵收']),
  ...weighted(0.55, ['鼓励', '鼓勵', '开展', '開展', '允许', '允許', '奖励', '獎勵', '试点', '試點', '建立', '推出', '启动', '啟動', '修订', '修訂', '加大', '安排', '降低', '延长', '延長']),
  ...weighted(0.5, ['支持', '推进', '推進', '推动', '推動', '完善', '加快', '健全', '扩大', '擴大', '推广', '推廣', '引进', '引進', '简化', '簡化', '提供', '设置', '設置']),
  ...weighted(0.45, ['建设', '建設', '组织', '組織', '指导', '指導', '引导', '引導', '构建', '構建', '培育', '培养', '培養', '探索', '落实', '落實', '提高', '提升', '优化', '優化']),
  ...weighted(0.4, ['促进', '促進', '加强', '加強', '强化', '強化', '深化', '打通', '推行', '执行', '執行']),
]);

/** Discourse openers stripped from the front of a measure (`其中,`, `另外`, `一是`). */
// prettier-ignore
export const ZH_OPENERS = literalTable<true>(
  [
    '其中', '另外', '此外', '同时', '同時', '并且', '並且', '并', '並', '而且', '还要', '還要', '还', '還', '也',
    '目前', '下一步', '与此同时', '與此同時', '首先', '其次', '最后', '最後', '再次', '另一方面', '包括', '以及',
    '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '第一', '第二', '第三', '第四',
  ].map((w) => [w, true] as const),
);

/** A clause whose verb follows one of these states a purpose (`为促进…`), not a measure. */
// prettier-ignore
export const ZH_PURPOSE_MARKERS = literalTable<true>(
  ['为', '為', '为了', '為了', '以便', '旨在', '作为', '作為'].map((w) => [w, true] as const),
);

/**
 * A subject holding one of these describes a problem (`存在政策落实“最后一公里”…等问题`,
 * `面临人才匮乏`), and the verb after it is part of that description, not a measure.
 */
export const ZH_PROBLEM_WORDS = ['存在', '面临', '面臨', '仍有', '缺乏', '尚未'] as const;

/** Words after a verb that show it is used as a noun (`平台机制建设尤为重要`, `建设取得进展`). */
// prettier-ignore
export const ZH_NOMINAL_FOLLOWERS = literalTable<true>(
  ['尤为', '尤其', '十分', '非常', '很', '是', '不足', '取得', '方面', '工作', '力是', '者', '过的', '過的', '过程', '過程', '情况', '情況',
    '水平', '能力', '成效', '进展', '進展', '问题', '問題', '更加', '至关', '至關', '仍', '已经', '已經', '经费', '經費',
    '预算', '預算', '等']
    .map((w) => [w, true] as const),
);

/** Modal words before the verb: the measure is an obligation or a commitment. */
// prettier-ignore
export const ZH_MODALS = literalTable<true>(
  ['要', '将', '將', '应', '應', '应当', '應當', '必须', '必須', '需要', '须', '須', '拟', '擬', '明确'].map((w) => [w, true] as const),
);

/** Keywords per measure type, tried in this order: the first type with a keyword in the clause wins. */
// prettier-ignore
export const ZH_TYPE_KEYWORDS: readonly (readonly [MeasureType, readonly string[]])[] = [
  ['funding', ['资金', '資金', '补助', '補助', '补贴', '補貼', '奖励', '獎勵', '基金', '拨款', '撥款', '投入', '经费', '經費', '资助', '資助', '万元', '萬元', '亿元', '億元', '兆元', '预算', '預算']],
  ['tax-finance', ['税', '稅', '贷款', '貸款', '融资', '融資', '金融', '保险', '保險', '信贷', '信貸', '质押', '質押', '担保', '擔保', '债', '債', '利率']],
  ['pilot', ['试点', '試點', '示范', '示範', '先行', '先试', '先試', '试验', '試驗']],
  ['talent', ['人才', '科研人员', '科研人員', '人员', '人員', '队伍', '隊伍', '培训', '培訓', '培养', '培養', '教育', '就业', '就業', '员工', '員工']],
  ['regulation', ['监管', '監管', '规范', '規範', '条例', '條例', '清单', '清單', '标准', '標準', '禁止', '审批', '審批', '准入', '许可', '許可', '执法', '執法', '法规', '法規', '揭露', '披露', '规定', '規定', '要求']],
  ['target', ['目标', '目標', '力争', '力爭', '占比', '比重', '达到', '達到', '提高至', '提高到', '%', '％']],
  ['institution', ['机构', '機構', '平台', '体系', '體系', '中心', '改革', '体制', '體制', '机制', '機制', '制度', '委员会', '委員會']],
];

/** Bodies whose name in the subject makes a measure more certainly official. */
export const ZH_GOVERNMENT_WORDS =
  /国务院|國務院|政府|部|委|局|省|市|县|縣|区|區|中央|地方|国家|國家|行政院|立法院|会|會/;
