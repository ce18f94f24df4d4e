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
} from '../../utils/anchor';
import type { TextQuoteSelector } from '../../utils/anchor/types';
import { contextAround } from '../../utils/context';
import type { DescribedSpan } from '../../utils/messages/highlighter';
import type { ClipRecord } from '../../utils/store/types';
import { COLOURS, type HighlightColour, type Painter } from './painter';

export interface SessionIO {
  /** The page's clips, from the background. */
  fetchClips(): Promise<ClipRecord[]>;
  report(anchored: string[], orphans: string[]): void;
}

/** Quiet time after the last DOM change before re-anchoring, and how many re-checks a page gets. */
const RECHECK_DEBOUNCE_MS = 400;
const MAX_RECHECKS = 12;

const colourOf = (c: string): HighlightColour => (COLOURS as readonly string[]).includes(c) ? (c as HighlightColour) : 'yellow';

export class HighlightSession {
  private readonly clips = new Map<string, ClipRecord>();
  private orphans = new Set<string>();
  private observer: MutationObserver | null = null;
  private recheckTimer: ReturnType<typeof setTimeout> | null = null;
  private rechecks = 0;

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
    private readonly io: SessionIO,
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

  clip(id: string): ClipRecord | undefined {
    return this.clips.get(id);
  }

  status(): { anchored: string[]; orphans: string[] } {
    const orphans = [...this.orphans];
    return { anchored: [...this.clips.keys()].filter((id) => !this.orphans.has(id)), orphans };
  }

  /** Fetches the page's clips afresh, anchors and paints them all. */
  async sync(): Promise<{ anchored: string[]; orphans: string[] }> {
    const clips = await this.io.fetchClips();
    this.clips.clear();
    for (const c of clips) this.clips.set(c.id, c);
    this.rechecks = 0;
    await this.anchorAll();
    this.watch();
    return this.status();
  }

  private async anchorAll(): Promise<void> {
    const list = [...this.clips.values()];
    const results = await anchorAllInModel(this.model(), list.map((c) => c.selectors));
    this.painter.clear();
    this.orphans = new Set();
    results.forEach((r, i) => {
      const clip = list[i]!;
      if (r.ok) this.painter.paint(clip.id, r.range, colourOf(clip.colour));
      else this.orphans.add(clip.id);
    });
    const { anchored, orphans } = this.status();
    this.io.report(anchored, orphans);
  }

  /** Shows newly saved clips at once (their selectors were just made from this page). */
  render(clips: ClipRecord[]): { anchored: string[]; orphans: string[] } {
    const model = this.model();
    for (const clip of clips) {
      this.clips.set(clip.id, clip);
      const r = anchorInModel(model, clip.selectors);
      if (r.ok) {
        this.painter.paint(clip.id, r.range, colourOf(clip.colour));
        this.orphans.delete(clip.id);
      } else {
        this.orphans.add(clip.id);
      }
    }
    this.watch();
    return this.status();
  }

  remove(ids: string[]): number {
    let n = 0;
    for (const id of ids) {
      if (this.clips.delete(id)) n++;
      this.painter.erase(id);
      this.orphans.delete(id);
    }
    return n;
  }

  update(clip: ClipRecord): void {
    if (!this.clips.has(clip.id)) return;
    this.clips.set(clip.id, clip);
    const range = this.painter.rangeOf(clip.id);
    if (range) this.painter.paint(clip.id, range, colourOf(clip.colour));
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

  /** Late content (lazy paragraphs, a framework re-render) may bring orphans back or move passages. */
  private watch(): void {
    if (this.observer || this.clips.size === 0 || !this.doc.body) return;
    const ownUi = (n: Node): boolean => n instanceof Element && n.closest('[data-pc-ui]') !== null;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => ownUi(r.target) || [...r.addedNodes].every(ownUi))) return;
      if (this.rechecks >= MAX_RECHECKS) return this.stopWatching();
      if (this.recheckTimer) clearTimeout(this.recheckTimer);
      this.recheckTimer = setTimeout(() => {
        this.rechecks++;
        void this.anchorAll();
      }, RECHECK_DEBOUNCE_MS);
    });
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
    this.clips.clear();
    this.orphans.clear();
    this.painter.clear();
  }
}
