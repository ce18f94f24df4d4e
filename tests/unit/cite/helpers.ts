/** Articles as the store keeps them, one per citation kind, and a real parser for RIS and BibTeX. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import type { CitableArticle } from '@/utils/cite';

export const OFFICIAL: CitableArticle = {
  title: '国务院办公厅关于印发政府网站发展指引的通知',
  source: '中国政府网',
  byline: null,
  published: '2017-06-08',
  lang: 'zh-CN',
  url: 'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
  originalUrl: 'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
  policy: {
    issuer: '国务院办公厅',
    docNumber: '国办发〔2017〕47号',
    indexNumber: '000014349/2017-00094',
    written: '2017-05-15',
    published: '2017-06-08',
    docType: '通知',
    topic: '综合政务\\电子政务',
  },
};

export const JOINT: CitableArticle = {
  ...OFFICIAL,
  title: '关于印发《加快构建新型电力系统行动方案（2024—2027年）》的通知',
  url: 'https://www.gov.cn/zhengce/zhengceku/202408/content_1.htm',
  originalUrl: '',
  policy: {
    issuer: '国家发展改革委 国家能源局 国家数据局',
    docNumber: '发改能源〔2024〕1128号',
    indexNumber: null,
    written: '2024-07-25',
    published: null,
    docType: '办法',
    topic: null,
  },
  published: null,
};

/** An official notice the page says little about: no number, no dates, no issuer. */
export const PARTIAL: CitableArticle = {
  ...OFFICIAL,
  title: '关于2023年端午节放假期间办事大厅服务安排的公告',
  source: '某某区政务服务中心',
  published: null,
  url: 'https://zwfw.example.gov.cn/tzgg/2.htm',
  originalUrl: '',
  policy: {
    issuer: null,
    docNumber: null,
    indexNumber: null,
    written: null,
    published: null,
    docType: '公告',
    topic: null,
  },
};

export const NEWS: CitableArticle = {
  title: 'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military',
  source: 'The New York Times',
  byline: 'Nelson D. Schwartz',
  published: '2018-09-25',
  lang: 'en',
  url: 'https://www.nytimes.com/2018/09/25/business/economy/us-government-debt-interest.html',
  originalUrl: '',
  genre: 'news',
};

export const ZH_NEWS: CitableArticle = {
  title: '话剧《约定无期限》河北各市巡演结束',
  source: '河北日报',
  byline: '王华军',
  published: '2012-06-04',
  lang: 'zh-CN',
  url: 'http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm',
  originalUrl: '',
  genre: 'news',
};

export const REFERENCE: CitableArticle = {
  title: 'New Zealand',
  source: 'Wikipedia',
  byline: null,
  published: '2001-10-29',
  lang: 'en',
  url: 'https://en.wikipedia.org/wiki/New_Zealand',
  originalUrl: '',
  genre: 'reference',
  revised: '2019-09-26',
};

export const WEBPAGE: CitableArticle = {
  title: '2021年中国科技成果转化行业发展现状',
  source: '思瀚产业研究院',
  byline: null,
  published: '2021-05-10',
  lang: 'zh-CN',
  url: 'https://www.example.com/news/1.html',
  originalUrl: '',
};

export const ALL = { OFFICIAL, JOINT, PARTIAL, NEWS, ZH_NEWS, REFERENCE, WEBPAGE };

export const ACCESSED = '2026-12-05';

const schema = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/citation/csl-data.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv({ allowUnionTypes: true });
export const validateCsl = ajv.compile(schema);

// CJK must survive the round trip through the parser as well as through our writer.
(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

export interface ParsedItem {
  type?: string;
  title?: string;
  author?: { literal?: string; family?: string; given?: string }[];
  /** A NEWS record's AU as citation-js reads it. */
  reporter?: string;
  number?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  URL?: string;
}

/** citation-js, a real RIS/BibTeX reader, parsing what we wrote back into CSL. */
export function parseBack(text: string): ParsedItem[] {
  return new Cite(text).data as ParsedItem[];
}
