/**
 * The PDF reader's requests: the PDF's highlights (found by its address or, the same file opened from
 * elsewhere, by its fingerprint) and new highlights, filed under the PDF's article (saved as kind
 * `pdf` with its first highlight). Suggestions already saved are not saved twice. An orphan is re-attached
 * only to the PDF it belongs to.
 */
import { clipIdentityOf } from '@/utils/finding-clip';
import type { BackgroundDeps } from './deps';
import { notFound } from '@/utils/store/errors';
import type { PageHandlers } from './router';

type PdfHandlers = Pick<PageHandlers, 'pdf/clips' | 'pdf/highlight' | 'pdf/reattach'>;

export function pdfHandlers(deps: Pick<BackgroundDeps, 'store'>): PdfHandlers {
  return {
    async 'pdf/clips'({ pdf }) {
      const store = await deps.store();
      return store.clipsForPdf(pdf.url, pdf.fingerprint);
    },

    async 'pdf/highlight'({ pdf, article, clips }) {
      const store = await deps.store();
      const found = await store.clipsForPdf(pdf.url, pdf.fingerprint);
      const record =
        found.article ??
        (await store.saveArticle({
          ...article,
          url: pdf.url,
          kind: 'pdf',
          ...(pdf.fingerprint ? { fingerprint: pdf.fingerprint } : {}),
        }));
      // One clip per suggested item: a second "Highlight all" saves nothing twice; a quote is the user's.
      const seen = new Set(found.clips.filter((c) => c.kind !== 'quote').map(clipIdentityOf));
      const drafts = clips.flatMap((clip) => {
        const draft = { ...clip, articleId: record.id };
        if (clip.kind === 'quote' || clip.kind === undefined) return [draft];
        const key = clipIdentityOf({ ...draft, kind: clip.kind, context: clip.context ?? '' });
        if (seen.has(key)) return [];
        seen.add(key);
        return [draft];
      });
      const saved = drafts.length ? await store.addClips(drafts) : [];
      return { article: record, saved };
    },

    async 'pdf/reattach'({ pdf, id, anchor }) {
      const store = await deps.store();
      const found = await store.clipsForPdf(pdf.url, pdf.fingerprint);
      if (!found.clips.some((clip) => clip.id === id)) throw notFound('This highlight');
      return store.reanchorClip(id, anchor);
    },
  };
}
