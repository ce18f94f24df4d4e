/**
 * `npm start [-- --firefox] [-- --check]`: builds the extension and opens the system's browser (Debian
 * Chromium by default, Firefox ESR with `--firefox`; never a downloaded one) in a fresh profile under
 * `.tmp/`, with the extension installed and the bundled sample article open from a local server. The
 * browser stays open until you close it (or press Ctrl+C here); its profile is thrown away after.
 *
 * It needs a display. `--check` proves the same start-up works without one: headless (or on the
 * display when there is one, e.g. under `xvfb-run`), it opens the popup over the article, waits for
 * the article card, saves a screenshot to `.tmp/start-check-<browser>.png` and exits.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  browserBinary,
  buildArgs,
  INSTALL_HINT,
  launchBrowser,
  ROOT,
  type BrowserName,
} from '@/tests/support/driver';
import { serve } from '@/tests/support/fixture-server';
import { analyzeDocument } from '@/utils/pipeline';
import { parseHtmlDocument } from './html-document';
import { SAMPLE_PAGE, SAMPLE_URL } from './sample';

const SAMPLE_PATH = '/news/policy/2021/0510.html';
const CHECK_TIMEOUT_MS = 30_000;

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

/** The title the popup must show: what the same pipeline finds in Node. */
function sampleTitle(): string {
  const result = analyzeDocument(
    parseHtmlDocument(readFileSync(SAMPLE_PAGE, 'utf8'), SAMPLE_URL),
    SAMPLE_URL,
  );
  if (!result.ok) fail(`the sample article does not extract: ${result.message}`);
  return result.article.title;
}

const hasDisplay = (): boolean => !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function check(name: BrowserName, sampleUrl: string, headless: boolean): Promise<void> {
  const title = sampleTitle();
  const browser = await launchBrowser(name, { headless, build: 'release' });
  try {
    const article = await browser.openPage(sampleUrl);
    const popup = await browser.openPopup(article);
    await popup.setViewport(440, 720);
    const shown = await popup.testId('article-title').text(CHECK_TIMEOUT_MS);
    if (shown !== title) throw new Error(`the popup shows "${shown}", expected "${title}"`);
    const shot = join(ROOT, `.tmp/start-check-${name}.png`);
    await popup.screenshot(shot);
    console.log(`npm start --check: ${name} ${headless ? 'headless' : 'on the display'}: the popup shows`);
    console.log(`the sample article's card ("${title}"). Screenshot: ${shot}`);
  } finally {
    await browser.close();
  }
}

async function main(args: string[]): Promise<void> {
  const name: BrowserName = args.includes('--firefox') ? 'firefox' : 'chromium';
  const checking = args.includes('--check');
  if (!browserBinary(name))
    fail(`no ${name === 'firefox' ? 'Firefox' : 'Chromium'} found (${INSTALL_HINT[name]}).`);
  if (!checking && !hasDisplay())
    fail(
      'no display to open the browser on (DISPLAY is not set). Run it on a desktop, or under ' +
        '`xvfb-run -a npm start`; `npm start -- --check` tests the start-up headless.',
    );
  const build = spawnSync('npx', buildArgs(name, 'release'), {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('the build failed (see above).');

  const server = await serve({ [SAMPLE_PATH]: { body: readFileSync(SAMPLE_PAGE) } });
  const sampleUrl = server.url(SAMPLE_PATH);
  try {
    if (checking) {
      await check(name, sampleUrl, !hasDisplay());
      return;
    }
    const lang = /^zh/i.test(process.env.LANG ?? '') ? 'zh-CN' : 'en';
    const browser = await launchBrowser(name, { headless: false, lang, build: 'release' });
    const closed = browser.closed();
    await browser.openPage(sampleUrl);
    console.log(
      [
        '',
        `Policy Clipper is running in ${name === 'firefox' ? 'Firefox' : 'Chromium'} with a fresh profile,`,
        `on the sample article ${sampleUrl}.`,
        `Click the Policy Clipper button${name === 'chromium' ? ' (in the puzzle-piece menu)' : ''} or press`,
        'Alt+Shift+K; select a passage and press Alt+Shift+H to highlight it.',
        'Close the browser or press Ctrl+C here to stop (the profile and its clips are thrown away).',
        '',
      ].join('\n'),
    );
    // Ctrl+C and the browser going away both end here, once (the profile is removed after the browser).
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => (stopping ??= browser.close().catch(() => undefined));
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    await closed;
    await stop();
  } finally {
    await server.close();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
