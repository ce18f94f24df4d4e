/** Raw Readability as a script of its own for the Chromium extraction bench (global `PcRawReadability`). */
import { Readability } from '@mozilla/readability';

export function run(): boolean {
  return new Readability(document.cloneNode(true) as Document).parse() !== null;
}
