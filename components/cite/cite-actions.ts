/**
 * What the Cite menus and "Open in Obsidian" do, shared by the popup and the library: copy one
 * article's reference (GB/T 7714 or APA, `utils/cite`), download citation files (the background
 * renders them), and hand a brief to Obsidian through its `obsidian://new` URI (`utils/obsidian`).
 * Each action returns what the status region says; failures throw (the caller words them).
 */
import { dateFormatter } from '@/utils/brief/format';
import { referenceText, type ReferenceStyle } from '@/utils/cite';
import { ChannelError } from '@/utils/messages/errors';
import type { Delivered } from '@/utils/messages/reply-schemas';
import { obsidianNewUri } from '@/utils/obsidian';
import type { ArticleRecord } from '@/utils/store/types';
import type { CitationFormat } from '@/utils/vocabulary';
import type { Api } from '../api';
import type { Translator } from '../i18n';

export interface CiteDeps {
  api: Api;
  t: Translator['t'];
  copyText(text: string): Promise<void>;
  /** Hands a URI of another application (`obsidian://`) to the browser. */
  openExternal(uri: string): void;
  /** The user's time zone (access dates are the day the article was clipped there). */
  timeZone?: string;
}

export interface CiteOutcome {
  text: string;
  /** A link to follow again by hand (the Obsidian URI, when the OS did not open it). */
  link?: { href: string; label: string };
}

const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Copies the article's reference in `style`, accessed on the day it was clipped. */
export async function copyReference(
  deps: CiteDeps,
  article: ArticleRecord,
  style: ReferenceStyle,
): Promise<CiteOutcome> {
  const accessed = dateFormatter(deps.timeZone ?? localZone())(article.clippedAt);
  await deps.copyText(referenceText(style, article, { accessed }));
  return { text: deps.t('statusReferenceCopied', deps.t(`citeStyle_${style}`)) };
}

export type CiteTarget = { articleId: string } | { clipIds: string[] };

/** Downloads the citation file of one article or of the articles of selected clips. */
export async function downloadCitations(
  deps: CiteDeps,
  format: CitationFormat,
  target: CiteTarget,
): Promise<CiteOutcome> {
  const { filename } =
    'articleId' in target
      ? await deps.api.call({
          type: 'citations/article',
          articleId: target.articleId,
          format,
          deliver: 'download',
        })
      : await deps.api.call({
          type: 'citations/clips',
          clipIds: target.clipIds,
          format,
          deliver: 'download',
        });
  return { text: deps.t('statusExported', filename) };
}

/**
 * Creates the brief as a note in the user's vault (the vault and folder of the settings). A note too
 * long for a link goes through the clipboard, and the status says so; if it cannot be copied, nothing
 * is opened (Obsidian would create an empty or wrong note) and the error says what to do instead.
 */
export async function sendToObsidian(
  deps: CiteDeps,
  brief: Pick<Delivered, 'filename' | 'text'>,
): Promise<CiteOutcome> {
  // Asked for with `deliver: 'text'`, so the text is there.
  const content = brief.text ?? '';
  const { obsidian } = await deps.api.call({ type: 'settings/get' });
  const launch = obsidianNewUri({ ...obsidian, name: brief.filename, content });
  if (launch.viaClipboard) {
    try {
      await deps.copyText(content);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new ChannelError({
        code: 'clipboard',
        message: deps.t('errorObsidianClipboard', why),
      });
    }
  }
  deps.openExternal(launch.uri);
  const link = { href: launch.uri, label: deps.t('obsidianOpenAgain') };
  const text = launch.viaClipboard
    ? deps.t('statusObsidianClipboard', content.length, launch.file)
    : deps.t('statusObsidianSent', launch.file);
  return { text, link };
}
