/** Shared set-up for the highlighter tests (jsdom environment: no CSS.highlights, so the fallback paints). */
import { vi } from 'vitest';
import { buildTextModel, describeInModel } from '@/utils/anchor';
import type { ClipRecord } from '@/utils/store/types';

/** A clip over the `occurrence`-th `quote` in the body's text, with selectors made as the highlighter makes them. */
export function clipOf(
  id: string,
  quote: string,
  over: Partial<ClipRecord> = {},
  occurrence = 0,
): ClipRecord {
  const model = buildTextModel(document.body);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = model.text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in the page`);
  const selectors = describeInModel(model, model.rangeAt(start, start + quote.length));
  return {
    id,
    articleId: 'a1',
    quote,
    selectors,
    kind: 'quote',
    type: null,
    value: null,
    unit: null,
    context: '',
    tags: [],
    note: '',
    colour: 'yellow',
    fragment: '',
    createdAt: 0,
    updatedAt: 0,
    version: 1,
    noteVariants: [],
    ...over,
  };
}

/** The text nodes under `root`, in order (to check the page's own nodes come back as the same objects). */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

export const marks = (root: ParentNode = document.body): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>('pc-mark'),
];

/** Closed shadow roots are opened for the tests, so the menu and toasts can be read and clicked. */
export function openShadowRoots(): void {
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
    this: HTMLElement,
    init: ShadowRootInit,
  ) {
    return attach.call(this, { ...init, mode: 'open' });
  });
}

export const toastOf = (): ShadowRoot | null =>
  document.querySelector('policy-clipper-toast')?.shadowRoot ?? null;

/**
 * Anchoring yields to the event loop when a batch runs past its time budget (a loaded machine), by a
 * timer where there is no `scheduler.yield`. Tests that fake timers would then wait forever: give them
 * a `scheduler.yield` that resumes at once (what the browser's does, minus the pause).
 */
export function instantYields(): void {
  vi.stubGlobal('scheduler', { yield: () => Promise.resolve() });
}
