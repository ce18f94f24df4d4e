/**
 * Functions the drivers run inside a page (serialised with `toString()`, so they may use nothing but
 * their argument and the page's globals). Both drivers call them the same way, through `Tab.evaluate`.
 */

/** One step of a query: descend by CSS, keep by text or by a descendant, or pick one element. */
export type QueryStep =
  | { css: string }
  | { text: string }
  | { pattern: [source: string, flags: string] }
  | { has: QueryStep[] }
  | { nth: number };

/** Every element `steps` designate, in document order (`roots` defaults to the document). */
export const resolveQuery = (steps: QueryStep[], roots?: ParentNode[]): Element[] => {
  const run = (list: QueryStep[], from: ParentNode[]): Element[] => {
    let found: Element[] = from as Element[];
    let descended = false;
    for (const step of list) {
      if ('css' in step) {
        const next = new Set<Element>();
        for (const root of found) root.querySelectorAll(step.css).forEach((el) => next.add(el));
        found = [...next];
        descended = true;
      } else if ('text' in step) {
        found = found.filter((el) => (el.textContent ?? '').includes(step.text));
      } else if ('pattern' in step) {
        const re = new RegExp(step.pattern[0], step.pattern[1]);
        found = found.filter((el) => re.test(el.textContent ?? ''));
      } else if ('has' in step) {
        found = found.filter((el) => run(step.has, [el]).length > 0);
      } else {
        const at = step.nth < 0 ? found.length + step.nth : step.nth;
        found = found[at] ? [found[at]] : [];
      }
    }
    return descended ? found : [];
  };
  return run(steps, roots ?? [document]);
};

/**
 * Scrolls the first element into view and returns the point a user would click (its centre), or why it
 * cannot be clicked yet (missing, hidden, disabled, or covered by another element).
 */
export const clickPoint = (elements: Element[]): { x: number; y: number } | { not: string } => {
  const el = elements[0];
  if (!el) return { not: 'no such element' };
  if ((el as HTMLButtonElement).disabled) return { not: 'disabled' };
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return { not: 'not visible' };
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const top = document.elementFromPoint(x, y);
  // A label wrapping a checkbox, or a child of the element, are the element as far as a click goes.
  const ok = !!top && (el.contains(top) || top.contains(el) || (top as HTMLLabelElement).control === el);
  return ok ? { x, y } : { not: `covered by <${top?.localName ?? 'nothing'}>` };
};

/**
 * Finds the `occurrence`-th (0-based) occurrence of `text` inside one text node of the page, scrolls it
 * into view and returns where a mouse drag must start and end to select exactly it.
 */
export const selectionDrag = ({
  text,
  occurrence,
}: {
  text: string;
  occurrence: number;
}): { from: [number, number]; to: [number, number] } | null => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (
      let at = (n.nodeValue ?? '').indexOf(text);
      at >= 0;
      at = (n.nodeValue ?? '').indexOf(text, at + 1)
    ) {
      if (seen++ !== occurrence) continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const charRect = (offset: number, which: 'first' | 'last'): DOMRect => {
        const r = document.createRange();
        r.setStart(n, offset);
        r.setEnd(n, offset + 1);
        const rects = [...r.getClientRects()];
        return (which === 'first' ? rects[0] : rects[rects.length - 1]) ?? r.getBoundingClientRect();
      };
      const first = charRect(at, 'first');
      const last = charRect(at + text.length - 1, 'last');
      // Just inside the first character's left edge and the last one's right edge: the caret goes
      // before the first and after the last (no word snapping with a single press).
      return {
        from: [first.left + Math.min(1, first.width / 4), first.top + first.height / 2],
        to: [last.right - Math.min(1, last.width / 4), last.top + last.height / 2],
      };
    }
  }
  return null;
};

/** Where an iframe's content starts in its parent's viewport (inside its border and padding). */
export const contentOrigin = (frame: Element): { x: number; y: number } => {
  const rect = frame.getBoundingClientRect();
  const style = getComputedStyle(frame);
  return {
    x: rect.left + frame.clientLeft + parseFloat(style.paddingLeft),
    y: rect.top + frame.clientTop + parseFloat(style.paddingTop),
  };
};
