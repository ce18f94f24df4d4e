/**
 * `utils/brief`: clips and articles in, Markdown or CSV out. Pure: no `browser.*`, no I/O, no clock
 * (the export time is `options.now`); the HTML parser for full texts is injected (`options.parseHtml`).
 */
export { renderArticleBrief } from './article-brief';
export { renderMultiBrief } from './multi-brief';
export { renderFiguresCsv, FIGURES_CSV_COLUMNS } from './figures-csv';
export { briefFileName, safeFileStem, type FileExtension } from './file-name';
export { defaultBriefOptions, DEFAULT_GENERATOR } from './options';
export { clipLink, fragmentUrl, textDirectiveForQuote } from './link';
export type {
  ArticleBriefInput,
  BriefLocale,
  BriefOptions,
  FiguresCsvInput,
  MultiBriefInput,
  ParseHtml,
} from './types';
export { renderBriefJob, toPortable, type BriefJob, type PortableBriefOptions } from './job';
