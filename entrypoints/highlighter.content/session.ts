/**
 * The highlighter's state on one page: which clips it shows, where they anchored, which are orphans.
 * It re-anchors after late content (debounced, capped) and when a single-page app changes the URL.
 */
import {
  anchorAllInModel,
  anchorInModel,
  buildTextModel,
  describeInModel,
  textFragmentDirective,
  type TextModel,
} from '@/utils/anchor';
import type { AnchorResult, TextQuoteSelector } from '@/utils/anchor/types';
import { contextAround } from '@/utils/detect/contexts';
import type { DescribedSpan, PaintedClip } from '@/utils/messages/highlighter-channel';
import type { Painter } from './painter';

export interface SessionIO {
  /** The page's clips, from the background. */
  fetchClips(): Promise<PaintedClip[]>;
  report(anchored: string[], orphans: string[]): void;
}

/** Quiet time after the last DOM change before re-anchoring, and how many re-checks a page gets. */
const RECHECK_DEBOUNCE_MS = 400;
const MAX_RECHECKS = 12;

export class HighlightSession {
  private readonly clips = new Map<string, PaintedClip>();
  private orphans = new Set<string>();
  private observer: MutationObserver | null = null;
  private recheckTimer: ReturnType<typeof setTimeout> | null = null;
  private rechecks = 0;
  /** When this page last painted or erased each clip on a handler's word (epoch ms), and last synced. */
  private readonly touched = new Map<string, number>();
  private syncedAt = 0;

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
    private readonly io: SessionIO,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private model(): TextModel {
    return buildTextModel(this.doc.body);
  }

  private span(model: TextModel, start: number, end: number): DescribedSpan {
    const range = model.rangeAt(start, end);
    return {
      quote: model.text.slice(start, end),
      selectors: describeInModel(model, range),
      context: contextAround(model.text, start, end),
      fragment: textFragmentDirective(model.text, start, end),
    };
  }

  clip(id: string): PaintedClip | undefined {
    return this.clips.get(id);
  }

  status(): { anchored: string[]; orphans: string[] } {
    const orphans = [...this.orphans];
    return { anchored: [...this.clips.keys()].filter((id) => !this.orphans.has(id)), orphans };
  }

  /** Fetches the page's clips afresh, anchors and paints them all. */
  async sync(): Promise<{ anchored: string[]; orphans: string[] }> {
    const asked = this.now();
    const clips = await this.io.fetchClips();
    this.syncedAt = Math.max(this.syncedAt, asked);
    this.clips.clear();
    for (const c of clips) this.clips.set(c.id, c);
    this.rechecks = 0;
    await this.anchorAll();
    this.watch();
    return this.status();
  }

  private async anchorAll(): Promise<void> {
    const list = [...this.clips.values()];
    const results = await anchorAllInModel(
      this.model(),
      list.map((c) => c.selectors),
    );
    this.quietly(() => {
      this.painter.clear();
      this.orphans = new Set();
      // Unwrapping `<pc-mark>`s joined text nodes: the offsets still hold (marks add no text), the nodes do not.
      this.paintAll(list, results, this.painter.mutatesDom ? this.model() : null);
    });
    const { anchored, orphans } = this.status();
    this.io.report(anchored, orphans);
  }

  /**
   * Every range is made before the first is painted, and the last passage is painted first: wrapping
   * splits text nodes, which stales the model's nodes and moves live ranges that end at a split point.
   */
  private paintAll(list: PaintedClip[], results: AnchorResult[], model: TextModel | null): void {
    const todo = results.map((r, i) => ({
      clip: list[i]!,
      at: r.ok ? r.start : -1,
      range: r.ok ? (model ? model.rangeAt(r.start, r.end) : r.range) : null,
    }));
    for (const { clip, range } of todo.sort((a, b) => b.at - a.at)) {
      if (!this.clips.has(clip.id)) continue; // deleted while the batch was anchoring
      if (!range) this.orphans.add(clip.id);
      else {
        this.painter.paint(clip.id, range, clip.colour);
        this.orphans.delete(clip.id);
      }
    }
  }

  /** Shows newly saved (or restored) clips at once. */
  render(clips: PaintedClip[]): { anchored: string[]; orphans: string[] } {
    this.quietly(() => {
      // Erased first, so that no range below is made over marks about to be unwrapped.
      for (const clip of clips) {
        this.clips.set(clip.id, clip);
        this.touched.set(clip.id, this.now());
        this.painter.erase(clip.id);
      }
      const model = this.model();
      this.paintAll(
        clips,
        clips.map((c) => anchorInModel(model, c.selectors)),
        null,
      );
    });
    this.watch();
    return this.status();
  }

  remove(ids: string[]): number {
    let n = 0;
    this.quietly(() => {
      for (const id of ids) {
        this.touched.set(id, this.now());
        if (this.clips.delete(id)) n++;
        this.painter.erase(id);
        this.orphans.delete(id);
      }
    });
    return n;
  }

  /**
   * Applies a change made elsewhere, as the store held it at `readAt`, unless this page already shows
   * something newer: a clip painted or erased on a handler's word after `readAt`, a sync begun after
   * it, or a version not above the one shown. So a late refresh never undoes a newer paint, and one
   * that repeats a handler's own paint changes nothing. Only what differs is touched: a recolour
   * recolours, tags and notes (which the page never sees) repaint nothing.
   */
  refresh(clips: PaintedClip[], removedIds: string[], readAt: number): number {
    if (readAt < this.syncedAt) return 0;
    const newer = (id: string): boolean => (this.touched.get(id) ?? 0) > readAt;
    const gone = removedIds.filter((id) => this.clips.has(id) && !newer(id));
    const moved: PaintedClip[] = [];
    let changed = gone.length;
    if (gone.length) this.remove(gone);
    for (const clip of clips) {
      const old = this.clips.get(clip.id);
      if (newer(clip.id) || (old && (clip.version ?? 0) <= (old.version ?? 0))) continue;
      changed++;
      if (old && JSON.stringify(old.selectors) === JSON.stringify(clip.selectors)) this.update(clip);
      else moved.push(clip);
    }
    if (moved.length) this.render(moved);
    return changed;
  }

  update(clip: PaintedClip): void {
    const old = this.clips.get(clip.id);
    if (!old) return;
    this.clips.set(clip.id, clip);
    if (old.colour !== clip.colour) this.quietly(() => this.painter.recolour(clip.id, clip.colour));
  }

  /** The user's current selection as a described span, or null when nothing (or only space) is selected. */
  describeSelection(): DescribedSpan | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const model = this.model();
    const range = selection.getRangeAt(0);
    const { start, end } = model.offsetsOf(range);
    const selectors = describeInModel(model, range);
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    if (!position || start === end) return null;
    // The new highlight is painted under a selection that would hide it: let it show.
    selection.removeAllRanges();
    return this.span(model, position.start, position.end);
  }

  /** Finds suggested findings (quote selectors built from the extracted article) in the live page. */
  locate(items: { key: string; selector: TextQuoteSelector }[]): { key: string; span: DescribedSpan }[] {
    const model = this.model();
    const found: { key: string; span: DescribedSpan }[] = [];
    for (const { key, selector } of items) {
      const r = anchorInModel(model, [selector]);
      if (r.ok) found.push({ key, span: this.span(model, r.start, r.end) });
    }
    return found;
  }

  /**
   * Runs a write of our own to the page (the `<pc-mark>` fallback splits, wraps and joins text nodes)
   * without the observer taking it for late content: each re-anchoring would otherwise schedule the next.
   * Records already queued are the page's, and still count.
   */
  private quietly(write: () => void): void {
    const pending = this.observer?.takeRecords() ?? [];
    try {
      write();
    } finally {
      this.observer?.takeRecords();
      if (pending.length) this.onMutations(pending);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const ownUi = (n: Node): boolean =>
      !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('[data-pc-ui]');
    const ours = (r: MutationRecord): boolean =>
      ownUi(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ownUi));
    if (records.every(ours)) return;
    if (this.rechecks >= MAX_RECHECKS) return this.stopWatching();
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = null;
      this.rechecks++;
      void this.anchorAll();
    }, RECHECK_DEBOUNCE_MS);
  }

  /** Late content (lazy paragraphs, a framework re-render) may bring orphans back or move passages. */
  private watch(): void {
    if (this.observer || this.clips.size === 0 || !this.doc.body) return;
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** A new page (single-page app navigation): forget this page's highlights. */
  reset(): void {
    this.stopWatching();
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = null;
    this.clips.clear();
    this.orphans.clear();
    this.painter.clear();
  }
}
