/**
 * Handlers for what the popup does on the current tab: analyse it, save the article, highlight the
 * selection or suggested findings, list the page's highlights and orphans, re-attach an orphan.
 */
import { quoteSelectorFromText } from '@/utils/anchor';
import { clipIdentityOf, findingClipDraft, findingIdentity, savedSpan } from '@/utils/finding-clip';
import type { Article } from '@/utils/extract/types';
import type { ChannelError, MessageError } from '@/utils/messages/errors';
import type { FindingPick } from '@/utils/messages/page-channel';
import { cachedCard } from '@/utils/messages/card-cache';
import type { AnalyzeResult } from '@/utils/messages/reply-schemas';
import { pageAccess, SCRIPTING_REFUSED_MESSAGE, type RestrictedKind } from '@/utils/page-access';
import type { PageAnalysis } from '@/utils/page-analysis';
import type { ArticleInput, ArticleRecord } from '@/utils/store';
import type { BackgroundDeps } from './deps';
import { handled, type PageHandlers } from './router';
import { DEFAULT_COLOUR } from '@/utils/vocabulary';

type PopupHandlers = Pick<
  PageHandlers,
  | 'page/analyze'
  | 'article/save'
  | 'highlight/selection'
  | 'highlight/findings'
  | 'clips/forTab'
  | 'clips/reattach'
>;

const NO_SELECTION: MessageError = {
  code: 'no-selection',
  message: 'Select some text on the page first, then highlight it.',
};

/** A page we may not read: the kind is what the UI words, the message the English for logs. */
interface Refusal {
  detail: RestrictedKind;
  message: string;
}

type Analysed =
  { url: string; analysis: PageAnalysis; refused: null } | { url: string; analysis: null; refused: Refusal };

async function tabUrl(deps: BackgroundDeps, tabId: number): Promise<string> {
  const info = await deps.tabs.info(tabId);
  if (!info) throw handled({ code: 'tab-gone', message: 'That tab was closed.' });
  return info.url;
}

/** The tab's analysis: cached while the tab shows the same URL, else the extractor runs again. */
async function analyse(deps: BackgroundDeps, tabId: number, fresh: boolean): Promise<Analysed> {
  const kept = deps.analyses.get(tabId);
  // The cache entry is dropped on every navigation of the tab (index.ts), so it needs no URL check.
  if (!fresh && kept) return { url: kept.url, analysis: kept.analysis, refused: null };
  const url = await tabUrl(deps, tabId);
  const access = pageAccess(url);
  if (!access.ok) return { url, analysis: null, refused: { detail: access.kind, message: access.message } };
  try {
    const analysis = await deps.tabs.analyze(tabId);
    deps.analyses.set(tabId, { url, analysis });
    return { url, analysis, refused: null };
  } catch {
    return {
      url,
      analysis: null,
      refused: { detail: 'scripting-refused', message: SCRIPTING_REFUSED_MESSAGE },
    };
  }
}

function restricted(refused: Refusal): ChannelError {
  return handled({ code: 'restricted-page', ...refused });
}

/** A page with no extractable article can still be highlighted: it is filed under its URL and tab title. */
async function stubArticle(deps: BackgroundDeps, tabId: number, url: string): Promise<ArticleInput> {
  const info = await deps.tabs.info(tabId);
  const host = new URL(url).hostname.replace(/^www\./, '');
  return {
    title: info?.title || url,
    source: host,
    byline: null,
    published: null,
    lang: null,
    url,
    canonicalUrl: null,
    excerpt: '',
    contentHtml: '',
    text: '',
  };
}

function toInput(article: Article): ArticleInput {
  const { length: _length, ...input } = article;
  return input;
}

/** The stored article for the tab, saving it first when needed. */
async function ensureArticle(
  deps: BackgroundDeps,
  tabId: number,
): Promise<{ record: ArticleRecord; article: Article | null }> {
  const { url, analysis, refused } = await analyse(deps, tabId, false);
  if (refused) throw restricted(refused);
  const store = await deps.store();
  const article = analysis.ok ? analysis.article : null;
  const existing = await store.getArticleByUrl(url, article?.canonicalUrl ?? null);
  if (existing) return { record: existing, article };
  const record = await store.saveArticle(article ? toInput(article) : await stubArticle(deps, tabId, url));
  return { record, article };
}

export function pageHandlers(deps: BackgroundDeps): PopupHandlers {
  return {
    async 'page/analyze'({ tabId, reuse }): Promise<AnalyzeResult> {
      // Open the database while the extractor runs: the popup's first render waits on both.
      const storeReady = deps.store();
      storeReady.catch(() => undefined); // awaited below only when the page has an article
      const reusable = reuse === true && deps.analyses.has(tabId);
      const { url, analysis, refused } = await analyse(deps, tabId, !reusable);
      if (refused) return { status: 'unavailable', url, reason: 'restricted', ...refused };
      if (!analysis.ok) {
        const { ok: _ok, ...failure } = analysis;
        return { status: 'unavailable', url, ...failure };
      }
      const store = await storeReady;
      const saved = await store.getArticleByUrl(url, analysis.article.canonicalUrl);
      // A cache for the next opening: the popup waiting now need not wait for it to be written.
      void deps.cards
        .put(tabId, cachedCard(analysis.article, saved?.clippedAt ?? null))
        .catch(() => undefined);
      return {
        status: 'article',
        article: analysis.article,
        findings: analysis.findings,
        saved,
        fresh: !reusable,
      };
    },

    async 'article/save'({ tabId }) {
      const { url, analysis, refused } = await analyse(deps, tabId, false);
      if (refused) throw restricted(refused);
      if (!analysis.ok) {
        const detail = analysis.reason === 'no-article' ? analysis.detail : analysis.reason;
        throw handled({ code: 'no-article', detail, message: analysis.message });
      }
      const store = await deps.store();
      const before = await store.getArticleByUrl(url, analysis.article.canonicalUrl);
      const article = await store.saveArticle(toInput(analysis.article));
      await deps.cards.put(tabId, cachedCard(analysis.article, article.clippedAt)).catch(() => undefined);
      return { article, created: before === null };
    },

    async 'highlight/selection'({ tabId, tags, colour }) {
      const reply = await deps.tabs.command(tabId, { type: 'hl/describeSelection' });
      if (!reply.ok) throw handled(NO_SELECTION);
      const { record } = await ensureArticle(deps, tabId);
      const store = await deps.store();
      const { span } = reply;
      const clip = await store.addClip({
        articleId: record.id,
        quote: span.quote,
        selectors: span.selectors,
        kind: 'quote',
        context: span.context,
        fragment: span.fragment,
        tags: tags ?? [],
        colour: colour ?? DEFAULT_COLOUR,
      });
      await deps.tabs.command(tabId, { type: 'hl/render', clips: [clip] });
      return clip;
    },

    async 'highlight/findings'({ tabId, findings }) {
      const { record, article } = await ensureArticle(deps, tabId);
      const text = article?.text ?? '';
      const store = await deps.store();
      // One clip per item: a finding already saved (or picked twice) is not saved again.
      const seen = new Set((await store.clipsOfArticle(record.id)).map(clipIdentityOf));
      const picks = findings.filter((f) => {
        const key = findingIdentity(f);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const inText = (f: FindingPick): boolean => text.slice(f.start, f.end) === f.text;
      // A figure is located by its statement, and by itself should the page not have the statement.
      const spanOf = (f: FindingPick) => (f.kind === 'figure' && inText(f) ? savedSpan(f) : f);
      const items = picks.flatMap((f, i) => {
        const span = spanOf(f);
        const own = {
          key: String(i),
          selector: inText(f)
            ? quoteSelectorFromText(text, f.start, f.end)
            : { type: 'TextQuoteSelector' as const, exact: f.text, prefix: '', suffix: '' },
        };
        if (span === f) return [own];
        return [{ key: `${i}s`, selector: quoteSelectorFromText(text, span.start, span.end) }, own];
      });
      const { found } = items.length
        ? await deps.tabs.command(tabId, { type: 'hl/locate', items })
        : { found: [] };
      const located = new Map(found.map(({ key, span }) => [key, span]));
      const drafts = picks.flatMap((pick, i) => {
        const span = located.get(`${i}s`) ?? located.get(String(i));
        if (!span) return [];
        const hint = pick.start - spanOf(pick).start;
        return [findingClipDraft(pick, { articleId: record.id, ...span, figureHint: hint })];
      });
      // All or nothing: a failure half-way must not leave some saved and unpainted.
      const saved = await store.addClips(drafts);
      if (saved.length) await deps.tabs.command(tabId, { type: 'hl/render', clips: saved });
      return { saved, notFound: picks.length - saved.length };
    },

    async 'clips/forTab'({ tabId }) {
      const url = await tabUrl(deps, tabId);
      const store = await deps.store();
      const cached = deps.analyses.get(tabId);
      const canonical =
        cached?.url === url && cached.analysis.ok ? cached.analysis.article.canonicalUrl : null;
      const { article, clips } = await store.clipsForUrl(url, canonical);
      if (clips.length === 0 || !pageAccess(url).ok) return { article, clips, orphans: [] };
      try {
        const { orphans } = await deps.tabs.command(tabId, { type: 'hl/sync' });
        return { article, clips, orphans };
      } catch {
        return { article, clips, orphans: [] };
      }
    },

    async 'clips/reattach'({ tabId, id }) {
      const reply = await deps.tabs.command(tabId, { type: 'hl/describeSelection' });
      if (!reply.ok) throw handled(NO_SELECTION);
      const store = await deps.store();
      const { quote, selectors, context, fragment } = reply.span;
      const clip = await store.reanchorClip(id, { quote, selectors, context, fragment });
      await deps.tabs.command(tabId, { type: 'hl/render', clips: [clip] });
      return clip;
    },
  };
}
