/** Handlers that turn the store into files: briefs, the figures CSV, backups; and export settings. */
import {
  briefFileName,
  defaultBriefOptions,
  renderFiguresCsv,
  toPortable,
  type BriefOptions,
} from '@/utils/brief';
import { MAX_IMPORT_CHARS, type BriefOptionsPatch } from '@/utils/messages/page-channel';
import type { Delivered } from '@/utils/messages/reply-schemas';
import { StoreError, type ArticleContentRecord, type ClipStore } from '@/utils/store';
import { mergeImportedSettings, settingsForBackup } from '@/utils/settings';
import type { BackgroundDeps } from './deps';
import { handled, type PageHandlers } from './router';
import { exportBaseName } from '@/utils/brief/export-name';

type ExportHandlers = Pick<
  PageHandlers,
  | 'brief/article'
  | 'brief/clips'
  | 'csv/figures'
  | 'backup/export'
  | 'backup/upload'
  | 'backup/import'
  | 'settings/get'
  | 'settings/set'
  | 'tags/colour'
>;

const MIME = { md: 'text/markdown', csv: 'text/csv', json: 'application/json' } as const;

async function briefOptions(
  deps: BackgroundDeps,
  patch: BriefOptionsPatch | undefined,
  title?: string,
): Promise<BriefOptions> {
  const { brief } = await deps.settings.get();
  const now = new Date(deps.now());
  return {
    ...defaultBriefOptions(now),
    ...brief,
    ...patch,
    ...(title ? { title } : {}),
    timeZone: deps.timeZone,
    ownOrigin: deps.ownOrigin,
  };
}

export async function deliver(
  deps: BackgroundDeps,
  how: 'download' | 'text',
  filename: string,
  text: string,
  mime: string,
): Promise<Delivered> {
  if (how === 'text') return { filename, text };
  return { filename, downloadId: await deps.download(filename, text, mime) };
}

export async function clipsWithArticles(store: ClipStore, ids: readonly string[], withContents: boolean) {
  const clips = await store.getClips(ids);
  if (clips.length === 0)
    throw handled({
      code: 'not-found',
      detail: 'clips-gone',
      message: 'None of the selected clips exist any more.',
    });
  const articleIds = [...new Set(clips.map((c) => c.articleId))];
  const articles = [...(await store.getArticles(articleIds)).values()];
  const contents = withContents
    ? (await Promise.all(articleIds.map((id) => store.getContent(id)))).filter(
        (c): c is ArticleContentRecord => c !== null,
      )
    : undefined;
  return { clips, articles, contents };
}

export function exportHandlers(deps: BackgroundDeps): ExportHandlers {
  return {
    async 'brief/article'({ articleId, deliver: how, options }) {
      const store = await deps.store();
      const article = await store.getArticle(articleId);
      if (!article)
        throw handled({
          code: 'not-found',
          detail: 'article-gone',
          message: 'This article is not in your library any more.',
        });
      const [content, clips] = await Promise.all([
        store.getContent(articleId),
        store.clipsOfArticle(articleId),
      ]);
      const opts = await briefOptions(deps, options);
      const text = await deps.renderBrief({
        kind: 'article',
        input: { article, content: content ?? undefined, clips },
        options: toPortable(opts),
      });
      const base = exportBaseName({ articles: [article], clips, locale: opts.locale });
      const filename = briefFileName(base.brief, opts.now, 'md', deps.timeZone);
      return deliver(deps, how, filename, text, MIME.md);
    },

    async 'brief/clips'({ clipIds, deliver: how, title, tag, options }) {
      const store = await deps.store();
      const settings = await deps.settings.get();
      const fullText = options?.fullText ?? settings.brief.fullText;
      const input = await clipsWithArticles(store, clipIds, fullText);
      const opts = { ...(await briefOptions(deps, options, title)), ...(tag ? { onlyTag: tag } : {}) };
      const text = await deps.renderBrief({ kind: 'multi', input, options: toPortable(opts) });
      const base = exportBaseName({ ...input, title, tag, locale: opts.locale });
      const filename = briefFileName(base.brief, opts.now, 'md', deps.timeZone);
      return deliver(deps, how, filename, text, MIME.md);
    },

    async 'csv/figures'({ clipIds, deliver: how, tag }) {
      const store = await deps.store();
      const { clips, articles } = await clipsWithArticles(store, clipIds, false);
      const figures = clips.filter((c) => c.kind === 'figure');
      if (figures.length === 0) {
        throw handled({
          code: 'not-found',
          detail: 'no-figures',
          message: 'The selection has no figures to export. Select clips of kind “figure”.',
        });
      }
      const text = renderFiguresCsv({ articles, clips: figures });
      const base = exportBaseName({ articles, clips: figures, tag });
      const filename = briefFileName(base.figures, new Date(deps.now()), 'csv', deps.timeZone);
      return deliver(deps, how, filename, text, MIME.csv);
    },

    async 'backup/export'({ deliver: how }) {
      // Settings ride along so that a restored library keeps its tag colours and export options.
      const backup = await (await deps.store()).exportBackup(settingsForBackup(await deps.settings.get()));
      const stamp = new Date(deps.now());
      const filename = briefFileName('policy-clipper-backup', stamp, 'json', deps.timeZone);
      return deliver(deps, how, filename, JSON.stringify(backup), MIME.json);
    },

    async 'backup/upload'({ upload, index, text }) {
      const received = deps.uploads.add(upload, index, text);
      if (received === null)
        throw handled({
          code: 'invalid-backup',
          detail: 'too-large',
          subs: [MAX_IMPORT_CHARS],
          message: `This file is too large to import (more than ${MAX_IMPORT_CHARS} characters). Nothing was imported.`,
        });
      return { received };
    },

    async 'backup/import'({ json: whole, upload }) {
      if (!upload && whole === undefined)
        throw handled({ code: 'invalid', message: 'backup/import names neither a text nor an upload.' });
      const json = upload ? deps.uploads.take(upload.id, upload.parts) : (whole ?? null);
      if (json === null)
        throw handled({
          code: 'invalid-backup',
          detail: 'incomplete',
          message:
            'The backup did not arrive whole (Policy Clipper restarted while reading it). Nothing was imported.',
        });
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw handled({
          code: 'invalid-backup',
          detail: 'not-json',
          message: `This file is not a Policy Clipper backup: it is not valid JSON (${why}). Nothing was imported.`,
        });
      }
      const store = await deps.store();
      const report = await store.importBackup(parsed).catch((e: unknown) => {
        // The store's `invalid` names the problem and the field: the UI words each on its own.
        if (!(e instanceof StoreError) || e.code !== 'invalid') throw e;
        throw handled({
          code: 'invalid-backup',
          detail: e.detail ?? 'field',
          ...(e.subs.length > 0 ? { subs: e.subs } : {}),
          message: e.message,
        });
      });
      // Settings are merged only once every record is in (a refused file changes nothing).
      if (report.settings)
        await deps.settings.update((current) => mergeImportedSettings(current, report.settings));
      const imported = { articles: report.articles.imported, clips: report.clips.imported };
      const skipped = report.articles.skipped + report.clips.skipped;
      return { message: report.message, imported, skipped };
    },

    async 'settings/get'() {
      return deps.settings.get();
    },
    async 'settings/set'({ brief, obsidian, toolbar, pdfAutoOpen }) {
      // Where the browser offers no rule for it (Firefox), the option stays off whatever is asked.
      const autoOpen = deps.pdfRules.offered ? pdfAutoOpen : false;
      const before = await deps.settings.get();
      const settings = await deps.settings.update((s) => ({
        ...s,
        brief: { ...s.brief, ...brief },
        obsidian: { ...s.obsidian, ...obsidian },
        toolbar: toolbar ?? s.toolbar,
        pdfAutoOpen: autoOpen ?? s.pdfAutoOpen,
      }));
      if (toolbar) await deps.panel.setToolbar(toolbar);
      if (pdfAutoOpen !== undefined) {
        try {
          await deps.pdfRules.sync();
        } catch (e) {
          // The browser refused the rule: the option keeps its old value, so the setting says what the
          // browser does (and the next start does not quietly apply a choice the user saw fail).
          await deps.settings.update((s) => ({ ...s, pdfAutoOpen: before.pdfAutoOpen }));
          throw e;
        }
      }
      return settings;
    },
    async 'tags/colour'({ tag, colour }) {
      return deps.settings.update((s) => ({ ...s, tagColours: { ...s.tagColours, [tag]: colour } }));
    },
  };
}
