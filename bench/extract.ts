/**
 * `extract.node`, `extract.chromium` and `extract.firefox`: for each corpus page (or each fixture page holding an article
 * when there is no corpus), the median time of our full `extract` and of raw
 * `new Readability(document.cloneNode(true)).parse()` on the same page in the same run;
 * `ratioMedian`/`ratioMax` over pages of ours ÷ raw (target ratioMedian ≤ 1.15), `msMedian`/`msMax` of ours.
 */
import type { AreaBench } from './context';
import { benchChromium } from './extract-chromium';
import { benchFirefox } from './extract-firefox';
import { benchNode } from './extract-node';
import { benchPages } from './extract-pages';

export const bench: AreaBench = async (ctx) => {
  const pages = benchPages(ctx);
  const node = benchNode(pages).figures;
  const failed = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });
  const chromium = await benchChromium(ctx, pages).catch(failed);
  const firefox = await benchFirefox(ctx, pages).catch(failed);
  return { extract: { node, chromium, firefox } };
};
