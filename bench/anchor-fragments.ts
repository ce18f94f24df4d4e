/**
 * Checks in a real browser (Chromium or Firefox) that the text-fragment links `textFragmentDirective` generates scroll to the
 * intended passage: Chinese on the seed page (a phrase that occurs twice, a mid-word selection, a long
 * passage over two paragraphs) and English with `-`, `&`, `,`, repeated phrases, a table cell and a
 * list. Paragraphs are spaced a screen apart so that "in the viewport" identifies one occurrence.
 *
 *   npx tsx bench/anchor-fragments.ts [--browser firefox]   (one JSON object; exit code 1 if a case fails)
 *
 * The directive is computed in the page (the bundled module, the browser's own word segmentation), as
 * the extension does, and compared with the one Node computes from the same text.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  BROWSERS,
  launchBrowser,
  type BrowserName,
  type BrowserSession,
  type Tab,
} from '@/tests/support/driver';
import { bundleIife, serveFiles } from './browser';

export interface FragmentCase {
  name: string;
  page: 'zh' | 'en';
  /** The passage: `quote`'s occurrence number `occurrence` (0-based) in the page's normalised text… */
  quote: string;
  occurrence: number;
  /** …optionally narrowed to `[from, to)` within it (a selection that cuts words). */
  from?: number;
  to?: number;
}

export const FRAGMENT_CASES: FragmentCase[] = [
  { name: 'zh repeated phrase, 1st', page: 'zh', quote: '开展科技成果转化贷款风险补偿试点', occurrence: 0 },
  { name: 'zh repeated phrase, 2nd', page: 'zh', quote: '开展科技成果转化贷款风险补偿试点', occurrence: 1 },
  {
    name: 'zh mid-word selection',
    page: 'zh',
    quote: '合肥市明确对关键核心技术',
    occurrence: 0,
    from: 1,
    to: 9,
  },
  { name: 'zh figure', page: 'zh', quote: '28251.51亿元', occurrence: 0 },
  {
    name: 'zh over four &nbsp; (four spaces in the model)',
    page: 'zh',
    quote: '思瀚产业研究院    2021-05-10',
    occurrence: 0,
  },
  {
    name: 'zh long passage over two paragraphs',
    page: 'zh',
    quote:
      '主要表现为:存在政策落实“最后一公里”、专业化技术转移机构能力不足、人才匮乏以及多元化投入体系尚未形成等问题。\n“作为目前科技创新工作的重点和难点',
    occurrence: 0,
  },
  {
    name: 'en hyphen, ampersand, brackets',
    page: 'en',
    quote: 'research-and-development (R&D) tax incentive',
    occurrence: 0,
  },
  {
    name: 'en comma and ampersand',
    page: 'en',
    quote: 'Small firms, start-ups & charities can claim the credit',
    occurrence: 0,
  },
  { name: 'en repeated phrase, 2nd', page: 'en', quote: 'The credit is a step forward', occurrence: 1 },
  { name: 'en repeated hyphenated phrase, 2nd', page: 'en', quote: 'cost-of-living support', occurrence: 1 },
  { name: 'en table cell', page: 'en', quote: 'Cost-of-living payments', occurrence: 0 },
  {
    name: 'en list item (repeats a sentence)',
    page: 'en',
    quote: 'Extend the R&D tax incentive to 2030.',
    occurrence: 0,
  },
  {
    name: 'en long passage into a list',
    page: 'en',
    quote:
      'The Treasury estimates the extension will cost $1.2 billion over four years.\nExtend the R&D tax incentive',
    occurrence: 0,
  },
];

/**
 * Controls: directives the generator would not produce, to show the check can fail and why the
 * generator snaps and adds context. `lands` is the occurrence of `quote` the browser should scroll to, or
 * null for "no scroll at all".
 */
export const FRAGMENT_CONTROLS: {
  name: string;
  page: 'zh' | 'en';
  terms: string[];
  quote: string;
  lands: number | null;
}[] = [
  {
    name: 'control: zh mid-word term (not snapped) finds nothing',
    page: 'zh',
    terms: ['肥市明确对关键核'],
    quote: '合肥市明确对关键核心技术',
    lands: null,
  },
  {
    name: 'control: zh repeated phrase without context lands on the 1st',
    page: 'zh',
    terms: ['开展科技成果转化贷款风险补偿试点'],
    quote: '开展科技成果转化贷款风险补偿试点',
    lands: 0,
  },
];

const SPACING_STYLE = '<style>p, li, tr, h1 { margin-bottom: 1400px !important; }</style>';

function spaced(html: string): string {
  return html.replace('</head>', `${SPACING_STYLE}</head>`);
}

export interface FragmentResult {
  name: string;
  directive: string;
  sameAsNode: boolean;
  scrollY: number;
  inView: boolean;
  othersInView: number;
  ok: boolean;
}

type AnchorGlobal = typeof import('../utils/anchor/index');

/** Runs `code` (a bundle) in the tab's page, as a `<script>` element would. */
const addScript = (tab: Tab, code: string): Promise<void> =>
  tab.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
  }, code);

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs every case in `browser` (a plain browser: no extension needed). */
export async function verifyTextFragments(root: string, browser: BrowserSession): Promise<FragmentResult[]> {
  const bundle = await bundleIife(root, join(root, 'utils/anchor/index.ts'), 'PcAnchor');
  const pages = {
    zh: spaced(readFileSync(join(root, 'tests/fixtures/pages/seed-policy-article-zh/source.html'), 'utf8')),
    en: spaced(readFileSync(join(root, 'tests/fixtures/anchor/policy-en.html'), 'utf8')),
  };
  const server = await serveFiles({
    '/zh.html': { body: pages.zh, type: 'text/html; charset=utf-8' },
    '/en.html': { body: pages.en, type: 'text/html; charset=utf-8' },
  });
  const node = await import('../utils/anchor/index');
  const { JSDOM } = await import('jsdom');
  const results: FragmentResult[] = [];
  const open = async (url: string): Promise<Tab> => {
    const tab = await browser.newTab();
    await tab.setViewport(1000, 700);
    await tab.goto(url);
    return tab;
  };
  try {
    for (const c of FRAGMENT_CASES) {
      const url = `${server.origin}/${c.page}.html`;
      const page = await open(url);
      await addScript(page, bundle);
      const computed = await page.evaluate((c) => {
        const api = (window as unknown as { PcAnchor: AnchorGlobal }).PcAnchor;
        const model = api.buildTextModel(document.body);
        let at = -1;
        for (let i = 0; i <= c.occurrence; i++) at = model.text.indexOf(c.quote, at + 1);
        if (at < 0) return null;
        const start = at + (c.from ?? 0);
        const end = c.to === undefined ? at + c.quote.length : at + c.to;
        return { start, end, directive: api.textFragmentDirective(model.text, start, end) };
      }, c);
      await page.close();
      if (computed === null) throw new Error(`${c.name}: quote not in page`);
      const nodeModel = node.buildTextModel(new JSDOM(pages[c.page]).window.document.body);
      const nodeDirective = node.textFragmentDirective(nodeModel.text, computed.start, computed.end);

      const target = await open(node.fragmentUrl(url, computed.directive));
      await settle(600);
      await addScript(target, bundle);
      const seen = await target.evaluate(
        ({ c, start, end }) => {
          const api = (window as unknown as { PcAnchor: AnchorGlobal }).PcAnchor;
          const model = api.buildTextModel(document.body);
          const visible = (s: number, e: number): boolean => {
            const r = model.rangeAt(s, e).getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight;
          };
          let others = 0;
          for (let at = model.text.indexOf(c.quote); at !== -1; at = model.text.indexOf(c.quote, at + 1)) {
            if (Math.abs(at - start) > c.quote.length && visible(at, at + c.quote.length)) others++;
          }
          return { scrollY: window.scrollY, inView: visible(start, end), others };
        },
        { c, start: computed.start, end: computed.end },
      );
      await target.close();
      results.push({
        name: c.name,
        directive: computed.directive,
        sameAsNode: nodeDirective === computed.directive,
        scrollY: seen.scrollY,
        inView: seen.inView,
        othersInView: seen.others,
        ok: seen.scrollY > 0 && seen.inView && seen.others === 0,
      });
    }
    for (const c of FRAGMENT_CONTROLS) {
      const url = `${server.origin}/${c.page}.html`;
      const directive = `text=${c.terms.map(node.encodeTextDirectiveComponent).join(',')}`;
      const target = await open(node.fragmentUrl(url, directive));
      await settle(600);
      await addScript(target, bundle);
      const seen = await target.evaluate((quote) => {
        const api = (window as unknown as { PcAnchor: AnchorGlobal }).PcAnchor;
        const model = api.buildTextModel(document.body);
        const inView: number[] = [];
        let n = 0;
        for (let at = model.text.indexOf(quote); at !== -1; at = model.text.indexOf(quote, at + 1), n++) {
          const r = model.rangeAt(at, at + quote.length).getBoundingClientRect();
          if (r.bottom > 0 && r.top < window.innerHeight) inView.push(n);
        }
        return { scrollY: window.scrollY, inView };
      }, c.quote);
      await target.close();
      const ok =
        c.lands === null ? seen.scrollY === 0 : seen.inView.length === 1 && seen.inView[0] === c.lands;
      results.push({
        name: c.name,
        directive,
        sameAsNode: true,
        scrollY: seen.scrollY,
        inView: seen.inView.length > 0,
        othersInView: 0,
        ok,
      });
    }
  } finally {
    await server.close();
  }
  return results;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('anchor-fragments.ts')) {
  // npx tsx bench/anchor-fragments.ts [--browser chromium|firefox]
  const root = resolve(import.meta.dirname, '..');
  const name = (process.argv[process.argv.indexOf('--browser') + 1] ?? 'chromium') as BrowserName;
  const run = async (): Promise<FragmentResult[]> => {
    const browser = await launchBrowser(BROWSERS.includes(name) ? name : 'chromium', { extension: false });
    try {
      return await verifyTextFragments(root, browser);
    } finally {
      await browser.close();
    }
  };
  run().then(
    (results) => {
      console.log(
        JSON.stringify(
          { passed: results.filter((r) => r.ok).length, total: results.length, results },
          null,
          1,
        ),
      );
      process.exitCode = results.every((r) => r.ok) ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
