/**
 * The library's citations: an article's reference copied or its citation file downloaded (from its
 * heading's Cite menu), its brief or the selection's brief opened in Obsidian, and the selection's
 * citation file. Reported in the status region, with Obsidian's link to follow by hand.
 */
import { withinRequestLimit } from '@/utils/messages/fields';
import type { ReferenceStyle } from '@/utils/cite';
import type { ArticleRecord } from '@/utils/store/types';
import type { CitationFormat } from '@/utils/vocabulary';
import { useState } from 'preact/hooks';
import type { Api } from '../api';
import {
  copyReference,
  downloadCitations,
  sendToObsidian,
  type CiteDeps,
  type CiteOutcome,
} from '../cite/cite-actions';
import { useErrorMessage } from '../error-text';
import type { Translator } from '../i18n';
import { selectedIds, type Selection } from './selection';

interface Options {
  api: Api;
  t: Translator['t'];
  selection: Selection;
  copyText(text: string): Promise<void>;
  openExternal(uri: string): void;
  report(outcome: CiteOutcome, error?: boolean): void;
}

export interface ArticleCiteActions {
  busy: boolean;
  copy(article: ArticleRecord, style: ReferenceStyle): void;
  download(article: ArticleRecord, format: CitationFormat): void;
  obsidian(article: ArticleRecord): void;
}

export function useCiteActions({ api, t, selection, copyText, openExternal, report }: Options) {
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const deps: CiteDeps = { api, t, copyText, openExternal };

  async function run(action: () => Promise<CiteOutcome>): Promise<void> {
    setBusy(true);
    try {
      report(await action());
    } catch (e) {
      report({ text: errorMessage(e) }, true);
    } finally {
      setBusy(false);
    }
  }

  const clipIds = (): string[] => [...withinRequestLimit(selectedIds(selection))];

  const article: ArticleCiteActions = {
    busy,
    copy: (a, style) => void run(() => copyReference(deps, a, style)),
    download: (a, format) => void run(() => downloadCitations(deps, format, { articleId: a.id })),
    obsidian: (a) =>
      void run(async () =>
        sendToObsidian(deps, await api.call({ type: 'brief/article', articleId: a.id, deliver: 'text' })),
      ),
  };

  return {
    busy,
    article,
    exportSelection: (format: CitationFormat) =>
      void run(() => downloadCitations(deps, format, { clipIds: clipIds() })),
    selectionToObsidian: () =>
      void run(async () =>
        sendToObsidian(deps, await api.call({ type: 'brief/clips', clipIds: clipIds(), deliver: 'text' })),
      ),
  };
}
