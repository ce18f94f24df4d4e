/**
 * Highlighting in the PDF reader: the stored highlights placed in the extracted text (once the text is
 * read) and painted page by page as text layers are drawn; new ones from the selection or from
 * suggestions, saved through the background (`pdf/highlight`) as web clips are; edits and deletes as
 * everywhere else (`clips/edit`, `clips/delete`). What no longer matches the text is an orphan.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApi } from '@/components/api';
import { useErrorMessage } from '@/components/error-text';
import type { Finding } from '@/utils/detect/types';
import type { ClipEdit } from '@/utils/merge/clip-edit';
import type { PdfAnalysis } from '@/utils/pdf';
import { pdfFindingDraft, pdfQuoteDraft, type PdfClipDraft } from '@/utils/pdf/clip-drafts';
import { pdfTextModel, placePdfClips } from '@/utils/pdf/passages';
import { createPdfPainter, type PdfPainter } from './pdf-painter';
import type { PdfViewerHandle } from './pdfjs';
import { usePdfClips } from './usePdfClips';

type Analysis = Extract<PdfAnalysis, { ok: true }>;

export interface Status {
  text: string;
  error: boolean;
}

export function usePdfHighlights(
  viewer: PdfViewerHandle | null,
  analysis: Analysis | null,
  url: string,
  words: { highlighted: (n: number) => string; deleted: string; nothing: string },
) {
  const api = useApi();
  const errorMessage = useErrorMessage();
  const identity = useMemo(
    () => (analysis ? { url, fingerprint: analysis.pdf.fingerprint } : null),
    [analysis, url],
  );
  const { data, added, replace } = usePdfClips(identity);
  const model = useMemo(() => (analysis ? pdfTextModel(analysis.article.text) : null), [analysis]);
  const painter = useRef<PdfPainter | null>(null);
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  if (viewer && analysis && !painter.current) painter.current = createPdfPainter(viewer, analysis.pdf.pages);

  // Each page's highlights are painted when its text layer is drawn (again).
  useEffect(() => {
    if (!viewer) return;
    viewer.onTextLayer((page) => painter.current?.paintPage(page));
  }, [viewer]);

  const clips = data?.clips ?? null;
  const shown = useRef(new Set<string>());
  useEffect(() => {
    const p = painter.current;
    if (!p || !model || !clips) return;
    let live = true;
    void placePdfClips(
      model,
      clips.map((c) => c.selectors),
    ).then((places) => {
      if (!live) return;
      const lost = new Set<string>();
      const now = new Set<string>();
      places.forEach((place, i) => {
        const clip = clips[i]!;
        if (place.ok) {
          p.show(clip.id, place.start, place.end, clip.colour);
          now.add(clip.id);
        } else lost.add(clip.id);
      });
      for (const id of shown.current) if (!now.has(id)) p.erase(id);
      shown.current = now;
      setOrphans(lost);
      performance.mark('pc-pdf-highlights-placed');
    });
    return () => {
      live = false;
    };
  }, [clips, model]);

  const fail = (e: unknown): void => setStatus({ text: errorMessage(e), error: true });

  /** The text layer's selection as a span of the extracted text, or null when nothing is selected there. */
  function selectedSpan(): { start: number; end: number } | null {
    const selection = document.getSelection();
    const p = painter.current;
    if (!p || !analysis || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    return p.selectionSpan(selection.getRangeAt(0), analysis.pdf.pageCount);
  }

  async function save(drafts: PdfClipDraft[]): Promise<void> {
    if (!analysis || !identity) return;
    if (drafts.length === 0) return setStatus({ text: words.nothing, error: true });
    setBusy(true);
    try {
      const { article, saved } = await api.call({
        type: 'pdf/highlight',
        pdf: identity,
        article: { ...analysis.article, kind: 'pdf', fingerprint: identity.fingerprint || undefined },
        clips: drafts,
      });
      added(article, saved);
      setStatus({ text: words.highlighted(saved.length), error: false });
      if (saved.length === 1) setSelected(saved[0]!.id);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  return {
    data,
    orphans,
    selected,
    setSelected,
    status,
    busy,
    painter,
    highlightSelection(): void {
      const span = selectedSpan();
      const draft =
        span && model && analysis ? pdfQuoteDraft(model, analysis.pdf.pages, span.start, span.end) : null;
      if (!span) return setStatus({ text: words.nothing, error: true });
      document.getSelection()?.removeAllRanges();
      void save(draft ? [draft] : []);
    },
    /** Places an orphan on the selection (the text changed under it: the user says where it went). */
    reattach(id: string): void {
      const span = selectedSpan();
      const draft =
        span && model && analysis ? pdfQuoteDraft(model, analysis.pdf.pages, span.start, span.end) : null;
      if (!draft || !identity) return setStatus({ text: words.nothing, error: true });
      document.getSelection()?.removeAllRanges();
      const { quote, selectors, context } = draft;
      void api
        .call({ type: 'pdf/reattach', pdf: identity, id, anchor: { quote, selectors, context } })
        .then((clip) => {
          replace(clip);
          setSelected(clip.id);
        }, fail);
    },
    highlightFindings(findings: readonly Finding[]): void {
      if (!model || !analysis) return;
      const drafts = findings.flatMap((f) => pdfFindingDraft(model, analysis.pdf.pages, f) ?? []);
      void save(drafts);
    },
    change(id: string, edit: ClipEdit): void {
      void api.call({ type: 'clips/edit', id, edit }).then(replace, fail);
    },
    remove(id: string): void {
      void api
        .call({ type: 'clips/delete', ids: [id] })
        .then(() => setStatus({ text: words.deleted, error: false }), fail);
    },
    show(id: string, goToPage: (page: number) => void): void {
      setSelected(id);
      const p = painter.current;
      if (!p || p.reveal(id)) return;
      const page = p.pageOf(id);
      if (page === null) return;
      goToPage(page);
      // The page is drawn after the jump; its highlights are painted then.
      setTimeout(() => p.reveal(id), 400);
    },
  };
}
