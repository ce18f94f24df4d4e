/**
 * A lazy description of elements in a tab or frame (like a Playwright locator, for both drivers): built with
 * `find`/`testId`, narrowed with `withText`/`has`/`nth`, resolved again on every action. Actions wait
 * for the element (up to `timeoutMs`) and act as the user does: a mouse click at its centre, typing on
 * the keyboard.
 */
import { clickPoint, type QueryStep } from './in-page';
import type { Surface } from './surface';

const DEFAULT_TIMEOUT_MS = 10_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class Query {
  constructor(
    private readonly tab: Surface,
    readonly steps: QueryStep[],
  ) {}

  private with(step: QueryStep): Query {
    return new Query(this.tab, [...this.steps, step]);
  }

  /** Descendants matching a CSS selector. */
  find(css: string): Query {
    return this.with({ css });
  }

  /** Descendants with `data-testid="id"`. */
  testId(id: string): Query {
    return this.find(`[data-testid="${id}"]`);
  }

  /** Keeps elements whose text contains `text` (a string) or matches it (a RegExp). */
  withText(text: string | RegExp): Query {
    return this.with(typeof text === 'string' ? { text } : { pattern: [text.source, text.flags] });
  }

  /** Keeps elements that contain what `inner` describes (its steps run from each element). */
  has(inner: Query): Query {
    return this.with({ has: inner.steps });
  }

  /** The `i`-th element (0-based; negative counts from the end). */
  nth(i: number): Query {
    return this.with({ nth: i });
  }

  first(): Query {
    return this.nth(0);
  }

  toString(): string {
    return this.steps.map((s) => JSON.stringify(s)).join(' › ');
  }

  /** Runs `fn` on every element this query designates, inside the page. */
  private all<A, R>(fn: (elements: Element[], arg: A) => R, arg: A): Promise<R> {
    return this.tab.evaluateOn(this.steps, fn, arg);
  }

  /** Polls until `probe` gives a value that is not `undefined`, or throws after `timeoutMs`. */
  private async until<R>(what: string, probe: () => Promise<R | undefined>, timeoutMs: number): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Timed out (${timeoutMs} ms) waiting to ${what}: ${this}`);
      await sleep(100);
    }
  }

  count(): Promise<number> {
    return this.all((els) => els.length, null);
  }

  /** The text content of every element (no waiting). */
  texts(): Promise<string[]> {
    return this.all((els) => els.map((el) => el.textContent ?? ''), null);
  }

  /** Waits for the first element, then returns its text content. */
  text(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    return this.until(
      'read its text',
      () => this.all((els) => els[0]?.textContent ?? undefined, null),
      timeoutMs,
    );
  }

  /** Waits for the first element, then returns its attribute `name` (null when it has none). */
  attr(name: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string | null> {
    return this.until(
      `read [${name}]`,
      () => this.all((els, n) => (els[0] ? els[0].getAttribute(n) : undefined), name),
      timeoutMs,
    );
  }

  /** Waits for the first element, then returns its `value` (an input, a textarea, a select). */
  value(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    return this.until(
      'read its value',
      () => this.all((els) => (els[0] ? String((els[0] as HTMLInputElement).value ?? '') : undefined), null),
      timeoutMs,
    );
  }

  /** Waits until at least one element exists. */
  async waitFor(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    await this.until('appear', async () => ((await this.count()) > 0 ? true : undefined), timeoutMs);
  }

  /**
   * Clicks the first element with the mouse, once it is visible, enabled, not covered and not moving
   * (the same point twice, 50 ms apart: content loading above it would move it under the pointer).
   */
  async click(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    let why = '';
    const point = async (): Promise<{ x: number; y: number } | undefined> => {
      const p = await this.all(clickPoint, null);
      if ('not' in p) why = p.not;
      return 'not' in p ? undefined : p;
    };
    const target = await this.until(
      'click it',
      async () => {
        const first = await point();
        if (!first) return undefined;
        await sleep(50);
        const second = await point();
        if (second && Math.abs(second.x - first.x) < 0.5 && Math.abs(second.y - first.y) < 0.5) return second;
        why ||= 'moving';
        return undefined;
      },
      timeoutMs,
    ).catch((e: Error) => {
      throw new Error(`${e.message} (${why})`);
    });
    await this.tab.clickAt(target.x, target.y);
  }

  /** Whether the first element has the keyboard focus. */
  private focused(): Promise<boolean> {
    return this.all(
      (els) => !!els[0] && (els[0] === document.activeElement || els[0].contains(document.activeElement)),
      null,
    );
  }

  /** Clicks into the field, selects what it holds and types `text` over it, as a user does. */
  async fill(text: string): Promise<void> {
    if (!(await this.focused())) await this.click();
    await this.tab.keyboard.press('Control+A');
    if (text === '') await this.tab.keyboard.press('Backspace');
    else await this.tab.keyboard.type(text);
  }

  /** Presses `key` (e.g. `Enter`, `Control+A`) in the element, clicking into it first unless it has the focus. */
  async press(key: string): Promise<void> {
    if (!(await this.focused())) await this.click();
    await this.tab.keyboard.press(key);
  }

  /** Ticks a checkbox (a click, unless it is ticked already). */
  async check(): Promise<void> {
    const checked = (): Promise<boolean | undefined> =>
      this.all((els) => (els[0] ? (els[0] as HTMLInputElement).checked : undefined), null);
    if ((await checked()) === true) return;
    await this.click();
    await this.until('be ticked', async () => ((await checked()) ? true : undefined), DEFAULT_TIMEOUT_MS);
  }

  /** Picks the option whose value is `value` in a `<select>`. */
  async select(value: string): Promise<void> {
    await this.waitFor();
    await this.tab.selectOption(this.steps, value);
  }

  /** Gives a file input the file at `path`, as picking it in the file chooser does. */
  async setFiles(path: string): Promise<void> {
    await this.waitFor();
    await this.tab.setInputFiles(this.steps, path);
  }
}
