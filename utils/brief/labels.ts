/** The brief's own words, per locale. Page text is never translated; only these labels are. */
import enMessages from '@/public/_locales/en/messages.json';
import zhMessages from '@/public/_locales/zh_CN/messages.json';
import { DOCUMENT_TYPES, FIGURE_TYPES, MEASURE_TYPES } from '../detect/types';
import type { MessagesFile } from '../i18n';
import type { BriefLocale } from './types';
import type { ClipKind } from '@/utils/vocabulary';

export interface BriefLabels {
  keyFigures: string;
  measures: string;
  documents: string;
  quotesByTag: string;
  quotes: string;
  untagged: string;
  sources: string;
  /** The single-article brief's closing reference. */
  reference: string;
  fullText: string;
  note: string;
  source: string;
  accessed: string;
  /** The link to the extension's saved copy of an article (`linkSavedCopy`). */
  savedCopy: string;
  /** Link text to the passage when the citation itself is implied (single-article brief). */
  passage: string;
  also: string;
  /** Before the name of who clipped an entry (team briefs). */
  clippedBy: string;
  tags: string;
  figureColumns: { figure: string; measures: string; value: string; link: string };
  defaultMultiTitle: string;
  /** Joins list values (`a, b` / `a、b`). */
  listSeparator: string;
  /** After a label (`Note: ` / `注：`). */
  colon: string;
  kindHeadings: Record<ClipKind, string>;
  /** Category (detection type) names: `tax-finance` → `Tax & finance` / `财税金融`. */
  categories: Readonly<Record<string, string>>;
}

/**
 * Category names are the UI's (`type_tax_finance` in `_locales`): one wording for a category in the
 * popup, the library and the brief.
 */
function categoriesOf(messages: MessagesFile): Record<string, string> {
  const names: Record<string, string> = {};
  for (const type of [...FIGURE_TYPES, ...MEASURE_TYPES, ...DOCUMENT_TYPES]) {
    const message = messages[`type_${type.replace(/[^A-Za-z0-9]/g, '_')}`]?.message;
    if (message) names[type] = message;
  }
  return names;
}

/** A category's name in the brief's language; an unknown one as it is stored. */
export function categoryLabel(labels: BriefLabels, type: string): string {
  return Object.hasOwn(labels.categories, type) ? (labels.categories[type] ?? type) : type;
}

const EN: BriefLabels = {
  keyFigures: 'Key figures',
  measures: 'Measures',
  documents: 'Documents cited',
  quotesByTag: 'Quotes by tag',
  quotes: 'Quotes',
  untagged: 'Untagged',
  sources: 'Sources',
  reference: 'Reference',
  fullText: 'Full text',
  note: 'Note',
  source: 'Source',
  accessed: 'accessed',
  savedCopy: 'saved copy',
  passage: 'source',
  also: 'also',
  clippedBy: 'clipped by',
  tags: 'tags',
  figureColumns: { figure: 'Figure', measures: 'What it measures', value: 'Value', link: 'Link' },
  defaultMultiTitle: 'Policy brief',
  listSeparator: ', ',
  colon: ': ',
  kindHeadings: { figure: 'Key figures', measure: 'Measures', document: 'Documents cited', quote: 'Quotes' },
  categories: categoriesOf(enMessages),
};

const ZH: BriefLabels = {
  keyFigures: '关键数据',
  measures: '政策措施',
  documents: '引用文件',
  quotesByTag: '按标签摘录',
  quotes: '摘录',
  untagged: '未加标签',
  sources: '参考来源',
  reference: '参考文献',
  fullText: '全文',
  note: '注',
  source: '来源',
  accessed: '访问于',
  savedCopy: '存档副本',
  passage: '原文',
  also: '另见',
  clippedBy: '摘录者',
  tags: '标签',
  figureColumns: { figure: '数据', measures: '含义', value: '标准化数值', link: '链接' },
  defaultMultiTitle: '政策简报',
  listSeparator: '、',
  colon: '：',
  kindHeadings: { figure: '关键数据', measure: '政策措施', document: '引用文件', quote: '摘录' },
  categories: categoriesOf(zhMessages),
};

export function labelsFor(locale: BriefLocale): BriefLabels {
  return locale === 'zh' ? ZH : EN;
}
