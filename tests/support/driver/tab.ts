/**
 * A browser tab (a web page or an extension page), the same for both drivers: a `Surface` that can also
 * be navigated, shown, photographed and given mouse input, and that holds frames. A driver implements
 * the primitives marked abstract; the rest is written here once.
 */
import { selectionDrag } from './in-page';
import { Surface, type Mouse } from './surface';

export { callExpression, Surface, type Keyboard, type Mouse } from './surface';

export abstract class Tab extends Surface {
  /** Loads `url` and waits for its `load` event (extension pages included). */
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  /** Makes it the active tab of its window (the tab `tabs.query({ active: true })` finds). */
  abstract bringToFront(): Promise<void>;
  abstract close(): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<void>;
  /** A PNG of the viewport at `path`. */
  abstract screenshot(path: string): Promise<void>;
  /** Trusted input: events the browser itself generates, as for a user's mouse. */
  abstract readonly mouse: Mouse;
  /** The frames inside the page (one level: iframes of the top document), each a `Surface`. */
  abstract frames(): Promise<Surface[]>;

  clickAt(x: number, y: number): Promise<void> {
    return this.mouse.click(x, y);
  }

  /**
   * Selects the `occurrence`-th (0-based) occurrence of `text` with the mouse, as a user does: press
   * before its first character, drag, release after its last, in the tab brought to the front. Throws
   * unless exactly `text` ends up selected.
   */
  async selectText(text: string, occurrence = 0): Promise<void> {
    // The user sees the page they select in (and a hidden tab gets its input events slowly).
    await this.bringToFront();
    const drag = await this.evaluate(selectionDrag, { text, occurrence });
    if (!drag) throw new Error(`Text not found in page: ${text}`);
    await this.mouse.move(...drag.from);
    await this.mouse.down();
    await this.mouse.move(drag.to[0], drag.to[1], 8);
    await this.mouse.up();
    const selected = await this.evaluate(() => getSelection()?.toString() ?? '');
    if (selected !== text) throw new Error(`Selecting "${text}" with the mouse selected "${selected}"`);
  }

  /** The element that has the keyboard focus (its tag name), e.g. to check where a shortcut put it. */
  focusedElement(): Promise<string | null> {
    return this.evaluate(() => document.activeElement?.localName ?? null);
  }
}

/** Splits `Control+Shift+A` into modifiers and the key, for drivers whose keyboard has no chords. */
export function chord(key: string): { modifiers: string[]; key: string } {
  const parts = key.split('+');
  const last = parts.pop() ?? '';
  // `+` itself (`Shift++`) leaves an empty last part.
  return last === '' && parts.length > 0
    ? { modifiers: parts.slice(0, -1), key: '+' }
    : { modifiers: parts, key: last };
}
