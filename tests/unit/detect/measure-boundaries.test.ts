/**
 * Measures a researcher keeps: an action someone will take or has decided, cut at phrase boundaries.
 * Not descriptions, opinions, aims, forecasts; never ending on 等/及 or carrying the sentence's predicate.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';

const measures = (text: string, lang?: string): string[] =>
  detect(text, { lang })
    .filter((f) => f.kind === 'measure' && f.suggested)
    .map((f) => f.text);

describe('Chinese measures cut at phrase boundaries', () => {
  it('ends a list at 等 when the sentence’s predicate follows, and splits at 以及 before a verb', () => {
    expect(
      measures(
        '目前,包括深入推进高校院所科技成果权属改革、完善金融支持科技成果转化机制以及组织实施一批重大科技成果转化示范工程等成政策着力点。',
      ),
    ).toEqual([
      '深入推进高校院所科技成果权属改革',
      '完善金融支持科技成果转化机制',
      '组织实施一批重大科技成果转化示范工程',
    ]);
  });

  it('never ends on 等, 及 or 和, and drops an alias note', () => {
    expect(measures('其中,明确要求开展科技成果转化贷款风险补偿试点等。')).toEqual([
      '明确要求开展科技成果转化贷款风险补偿试点',
    ]);
    expect(measures('国务院联防联控机制印发《关于进一步落实防控策略的通知》（以下简称《通知》）。')).toEqual([
      '国务院联防联控机制印发《关于进一步落实防控策略的通知》',
    ]);
  });

  it('reads no measure in a resolution’s title (关于批准…及调整…的决议)', () => {
    expect(
      measures(
        '全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议',
      ),
    ).toEqual([]);
    expect(measures('会议决定：批准财政部发行15500亿元特别国债。')).toEqual([
      '批准财政部发行15500亿元特别国债',
    ]);
  });

  it('keeps a quotation inside a measure whole instead of cutting at its comma', () => {
    expect(measures('廊坊在全市中小学组织开展“学习先进事迹，做守信践诺的表率”教育活动。')).toEqual([
      '廊坊在全市中小学组织开展“学习先进事迹，做守信践诺的表率”教育活动',
    ]);
  });

  it('cuts a headline at the space between its phrases', () => {
    expect(measures('国务院联防联控机制印发防控通知 进一步指导各地落实分区分级差异化防控策略')).toEqual([
      '国务院联防联控机制印发防控通知',
      '进一步指导各地落实分区分级差异化防控策略',
    ]);
  });
});

describe('Chinese clauses that are not measures', () => {
  it.each([
    ['a description', '在地方层面,促进科技成果转化政策措施频出。'],
    ['an opinion', '中科院某研究所科研人员认为,要推动产学研融合,关键在于破解“两张皮”的问题。'],
    ['a recommendation', '针对这些难题,中国科技成果转化2020年度报告建议,打通科技成果转化政策堵点。'],
    ['advice with 应', '未来，中国集成电路产业应抓住机遇，积极探索适合中国的集成电路产业模式。'],
    ['a purpose', '为促进科技成果转移转化,强化技术要素市场配置,科技部近日展开工作会商。'],
    ['an aim', '切实提高收治率和治愈率、降低感染率和病亡率，努力促进经济社会健康发展。'],
    ['an attitude', '省委宣传部下发通知，要求各市高度重视巡演工作。'],
    ['slogans', '各地区要突出重点、统筹兼顾、分类指导、分区施策。'],
    ['a generic field', '湖北省和武汉市要全面加强疫情防控。'],
    ['a student’s quoted view', '卢宇说：“国家应该提高行业准入门槛，完善新能源汽车准入管理规则。”'],
    ['an expert’s view', '业内专家表示，下一步还需在公共服务平台建设方面持续发力。'],
    ['a forecast', '展望全年，预计渗透率进一步提高到10%左右。'],
    ['a first-person remark', '我们致力于重新建立乡村的信任关系。'],
    [
      'an enumeration of tasks',
      '全面创新改革包括构建高效运行的科研体系、打好关键核心技术攻坚战等四大重点任务。',
    ],
  ])('%s', (_what, text) => {
    expect(measures(text)).toEqual([]);
  });

  it('still takes an official’s quoted announcement and a notice’s requirement', () => {
    expect(measures('部长表示：“我们将设立100亿元专项基金。”')).toEqual(['我们将设立100亿元专项基金']);
    expect(measures('《通知》强调，各地区要加强重点人群、重点场所、重点单位管控。')).toEqual([
      '各地区要加强重点人群、重点场所、重点单位管控',
    ]);
  });
});

describe('English measures', () => {
  it('starts a measure at the name a comma broke, not mid-name', () => {
    expect(
      measures(
        "Korea's Ministry of Trade, Industry and Energy (MOTIE) has unveiled the Fourth Energy Technology Development Plan.",
      ),
    ).toEqual([
      "Korea's Ministry of Trade, Industry and Energy (MOTIE) has unveiled the Fourth Energy Technology Development Plan",
    ]);
  });

  it('takes each target of a plan as a measure: reduce … by 90%, increase … to 24%, cut … to $0.10/W by 2030', () => {
    expect(
      measures(
        'The plan aims to reduce coal-fired fine dusts by 90% by 2030, increase solar module efficiency from around 20% now to 24% and cut the cost of solar power to $0.10/W by 2030.',
      ),
    ).toEqual([
      'The plan aims to reduce coal-fired fine dusts by 90% by 2030',
      'increase solar module efficiency from around 20% now to 24%',
      'cut the cost of solar power to $0.10/W by 2030',
    ]);
    expect(
      measures(
        'MOTIE will invest 1.4 trillion won. It also plans to:\n\nreduce coal-fired fine dusts by 90%\n\nincrease solar module efficiency from around 20% now to 24%',
      ),
    ).toEqual([
      'MOTIE will invest 1.4 trillion won',
      'reduce coal-fired fine dusts by 90%',
      'increase solar module efficiency from around 20% now to 24%',
    ]);
  });

  it('leaves the attribution out (…, Reuters reported)', () => {
    expect(
      measures(
        'Customs and Border Protection typically requires payment within 10 days of their shipments, Reuters reported.',
      ),
    ).toEqual(['Customs and Border Protection typically requires payment within 10 days of their shipments']);
  });

  it('takes decided changes in the passive and in the perfect', () => {
    expect(measures('Tariffs on Chinese goods were increased from 10% to 25% in May 2019.')).toEqual([
      'Tariffs on Chinese goods were increased from 10% to 25% in May 2019',
    ]);
    expect(
      measures('Since March, the central bank has raised its key interest rate to 3.25% from 0.25%.'),
    ).toEqual(['the central bank has raised its key interest rate to 3.25% from 0.25%']);
  });

  it.each([
    [
      'a participle in the subject',
      'A budget bill approved in February that raised spending by $300 billion will add to the financial pressure.',
    ],
    ['an effect', 'Retaliatory tariffs imposed by China have particularly hurt U.S. farmers.'],
    [
      'an intransitive change',
      'In the past, government borrowing expanded during recessions and waned in recoveries.',
    ],
    [
      'a projection',
      'The Congressional Budget Office projects that the tariffs will reduce GDP by 0.3 percent by 2020.',
    ],
    ['a hypothetical', 'As those companies prosper, the thinking goes, they can hire more workers.'],
    ['a wish', 'Some members of Congress want to set the stage for even more red ink.'],
    [
      'a quoted forecast',
      '“By 2020, we will spend more on interest than we do on kids,” said Marc Goldwein, a policy director.',
    ],
    [
      'a condition',
      '"If the U.S. imposes a tariff on Chinese televisions, the duty is paid by a U.S. importer."',
    ],
    [
      'a conclusion',
      'The report concluded that the safety net was ineffective because it provides only half the help.',
    ],
    ['a publication of figures', 'The bank is set to release its latest economic forecast on Oct. 26.'],
    [
      'a noun (tax cut)',
      'By 2017, as Senate majority leader, he quickly shepherded the tax cut through Congress.',
    ],
    ['a subordinate clause', 'It also included an upper house, until this was abolished in 1950.'],
  ])('%s is no measure', (_what, text) => {
    expect(measures(text)).toEqual([]);
  });
});
