/**
 * A browser tab (a web page or an extension page), the same for both drivers. A driver implements the
 * few primitives marked abstract (navigation, evaluation, mouse, keyboard, two form inputs, screenshot);
 * everything a scenario calls on top of them is written here once.
 */
import { resolveQuery, selectionDrag, type QueryStep } from './in-page';
import { Query } from './query';

/** Source of a call of `fn` on `args`, as one expression for the page (arguments as JSON literals). */
export function callExpression(fn: ((...a: never[]) => unknown) | string, ...args: unknown[]): string {
  const literals = args.map((a) => (a === undefined ? 'undefined' : JSON.stringify(a)));
  // tsx compiles callbacks with esbuild's keep-names helper `__name`, which pages lack: a no-op stands in.
  return `(() => { const __name = (f) => f; return (${String(fn)})(${literals.join(', ')}); })()`;
}

export interface Mouse {
  move(x: number, y: number, steps?: number): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  click(x: number, y: number): Promise<void>;
}

export interface Keyboard {
  /** Types `text` key by key (any script: the browser inserts what a key produces). */
  type(text: string): Promise<void>;
  /** Presses one key or a chord written `Control+A`, `Shift+ArrowLeft` (key names as in KeyboardEvent.key). */
  press(key: string): Promise<void>;
}

export abstract class Tab {
  /** The tab's current URL (as the page itself reads it). */
  abstract url(): Promise<string>;
  /** Loads `url` and waits for its `load` event (extension pages included). */
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  /** Makes it the active tab of its window (the tab `tabs.query({ active: true })` finds). */
  abstract bringToFront(): Promise<void>;
  abstract close(): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<void>;
  /** A PNG of the viewport at `path`. */
  abstract screenshot(path: string): Promise<void>;
  /** Trusted input: events the browser itself generates, as for a user's mouse and keyboard. */
  abstract readonly mouse: Mouse;
  abstract readonly keyboard: Keyboard;
  /** Evaluates one JavaScript expression in the page's own world; resolves with its (awaited) value. */
  protected abstract evaluateExpression(expression: string): Promise<unknown>;
  /** Picks the option of value `value` in the `<select>` that `steps` designate (the browser's own way). */
  abstract selectOption(steps: QueryStep[], value: string): Promise<void>;
  /** Gives the file input that `steps` designate the file at `path`, as the file chooser does. */
  abstract setInputFiles(steps: QueryStep[], path: string): Promise<void>;

  /**
   * Runs `fn(arg)` in the page and returns its (awaited) result. `fn` is sent as source text: it may use
   * only its argument and the page's globals, and both must be JSON values.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    return this.evaluateExpression(callExpression(fn, arg)) as Promise<Awaited<R>>;
  }

  /**
   * Runs a script's source (statements, e.g. a bundle declaring globals) in the page as the page's
   * own; resolves with its completion value. Not subject to the page's CSP, unlike a `<script>`.
   */
  runScript(source: string): Promise<unknown> {
    return this.evaluateExpression(source);
  }

  /** Runs `fn(elements, arg)` in the page on the elements `steps` designate. */
  evaluateOn<R, A>(steps: QueryStep[], fn: (elements: Element[], arg: A) => R, arg: A): Promise<Awaited<R>> {
    const run = `(steps, arg) => (${String(fn)})((${String(resolveQuery)})(steps), arg)`;
    return this.evaluateExpression(callExpression(run, steps, arg)) as Promise<Awaited<R>>;
  }

  /** Elements matching a CSS selector (a lazy query: see `Query`). */
  find(css: string): Query {
    return new Query(this, [{ css }]);
  }

  /** Elements with `data-testid="id"`. */
  testId(id: string): Query {
    return this.find(`[data-testid="${id}"]`);
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
