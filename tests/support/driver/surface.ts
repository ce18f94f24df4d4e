/**
 * A document the drivers can query and act in: a tab's page, or a frame inside it (the in-page UI is an
 * extension page in an iframe). A driver implements the primitives marked abstract; queries, evaluation
 * helpers and everything built on them are written here once.
 */
import { resolveQuery, type QueryStep } from './in-page';
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

export abstract class Surface {
  /** The document's URL (as the document itself reads it). */
  abstract url(): Promise<string>;
  /** The keyboard of the tab this document is in (keys go to whatever has the focus). */
  abstract readonly keyboard: Keyboard;
  /** A trusted mouse click at a point of this document's viewport. */
  abstract clickAt(x: number, y: number): Promise<void>;
  /** Evaluates one JavaScript expression in the document's own world; resolves with its (awaited) value. */
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
}
