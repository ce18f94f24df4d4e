/**
 * The PDF reader: a Chinese official document served as a PDF by the local server opens in the
 * extension's reader page, its text layer shows the Chinese text (including the lines set in a
 * non-embedded font, readable only through the bundled CMaps), and the suggestions list the 亿元 figure
 * and the 《》 documents with their page. Two refusals are worded for the user.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import { multiPagePdf, POLICY_ZH, policyZhPdf, scannedPdf } from '@/tests/support/pdf-fixtures';
import type { ClipRecord } from '@/utils/store/types';
import { useExtension } from './harness';

const PDF = 'application/pdf';
const fixture = useExtension({
  '/files/error.pdf': { body: '<!doctype html><title>Login</title><p>Please log in</p>', type: PDF },
});

beforeAll(async () => {
  fixture.server.set('/files/2021-18.pdf', { body: Buffer.from(await policyZhPdf()), type: PDF });
  fixture.server.set('/files/scan.pdf', { body: Buffer.from(await scannedPdf()), type: PDF });
  fixture.server.set('/files/report.pdf', { body: Buffer.from(await multiPagePdf(4)), type: PDF });
});

/** The page number each painted Policy Clipper highlight is drawn on, with its text. */
function paintedPages(tab: Tab): Promise<[string, string][]> {
  return tab.evaluate(() => {
    const out: [string, string][] = [];
    const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    registry?.forEach((highlight, name) => {
      if (!name.startsWith('pc-')) return;
      highlight.forEach((r) => {
        const range = r as Range;
        const page = range.startContainer.parentElement?.closest('.page')?.getAttribute('data-page-number');
        out.push([page ?? '?', range.toString()]);
      });
    });
    return out;
  });
}

/** Sends a page-channel message from the reader, as its own components do. */
function send<R>(tab: Tab, message: Record<string, unknown>): Promise<R> {
  return tab.evaluate(async (m) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const reply = (await api.runtime.sendMessage(m)) as { ok: boolean; result?: unknown; error?: unknown };
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    return reply.result;
  }, message) as Promise<R>;
}

function openReader(path: string): Promise<Tab> {
  const target = encodeURIComponent(fixture.server.url(path));
  return fixture.browser.openExtensionPage(`/pdf.html?url=${target}`);
}

describe('PDF reader', () => {
  it('shows a Chinese PDF with its text layer and suggests the 亿元 figure and the 《》 documents', async () => {
    const page = await openReader('/files/2021-18.pdf');
    await expect.poll(() => page.find('.source-url').text()).toBe(fixture.server.url('/files/2021-18.pdf'));
    // The text layer: the masthead (embedded font) and a sentence in the non-embedded STSong font.
    const layerText = (): Promise<string> =>
      page.evaluate(() =>
        [...document.querySelectorAll('.textLayer')]
          .map((l) => l.textContent ?? '')
          .join('')
          .replace(/\s/g, ''),
      );
    await expect.poll(layerText, { timeout: 20_000 }).toContain(POLICY_ZH.masthead);
    expect(await layerText()).toContain(POLICY_ZH.cidSentence);

    const suggestions = page.find('.suggestions');
    await expect.poll(() => suggestions.find('.doc-title').text(), { timeout: 20_000 }).toBe(POLICY_ZH.title);
    const figure = suggestions.find('.finding[data-kind="figure"]').withText(POLICY_ZH.figure);
    await expect.poll(() => figure.count()).toBe(1);
    expect(await figure.find('.finding-page').text()).toBe('p. 1');
    for (const doc of POLICY_ZH.documents)
      expect(await suggestions.find('.finding[data-kind="document"]').withText(doc).count()).toBe(1);
    expect(await suggestions.find('.particulars').text()).toContain(POLICY_ZH.docNumber);
    expect(await page.evaluate(() => document.title)).toBe(`${POLICY_ZH.title} · Policy Clipper`);
    await page.close();
  });

  it('highlights two figures and a selection, tags one, finds them again on their pages, and briefs them with page numbers', async () => {
    const url = fixture.server.url('/files/report.pdf');
    let page = await openReader('/files/report.pdf');
    const row = (figure: string) =>
      page.find('.kind-group[data-kind="figure"] .finding-row').withText(figure);
    await expect.poll(() => row('2.5亿元').count(), { timeout: 30_000 }).toBe(1);
    const listed = () => page.testId('page-highlight').count();
    await row('2.5亿元').find('.finding-highlight').click();
    await expect.poll(listed).toBe(1);
    await row('3.5亿元').find('.finding-highlight').click();
    await expect.poll(listed).toBe(2);

    const SELECTED = '发展情况';
    await page.selectText(SELECTED);
    await page.testId('pdf-highlight-selection').click();
    await expect.poll(listed).toBe(3);
    await expect
      .poll(async () => (await paintedPages(page)).some(([p, t]) => p === '1' && t === SELECTED))
      .toBe(true);

    const quote = page.testId('page-highlight').withText(SELECTED);
    const tagInput = quote.find('[role="combobox"]');
    await tagInput.fill('统计公报');
    await tagInput.press('Enter');
    const stored = () => fixture.browser.readStore<ClipRecord>('clips');
    await expect
      .poll(async () => (await stored()).find((c) => c.quote === SELECTED)?.tags)
      .toEqual(['统计公报']);
    const articles = await fixture.browser.readStore<{ kind?: string; fingerprint?: string }>('articles');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ kind: 'pdf', fingerprint: expect.stringMatching(/^[0-9a-f]+$/) });

    // Reopened: the highlights come back listed, and painted on their own pages as those are drawn.
    await page.close();
    page = await openReader('/files/report.pdf');
    await expect.poll(listed, { timeout: 30_000 }).toBe(3);
    await expect
      .poll(async () => (await paintedPages(page)).some(([p, t]) => p === '1' && t === SELECTED), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await page.find('.pdf-highlights .orphan').count()).toBe(0);
    const figure3 = page.testId('page-highlight').withText('3.5亿元');
    await figure3.testId('show-in-page').click();
    await expect
      .poll(
        async () =>
          (await paintedPages(page))
            .filter(([p]) => p === '3')
            .map(([, t]) => t)
            .join(''),
        {
          timeout: 20_000,
        },
      )
      .toContain('3.5亿元');

    const clips = await stored();
    const brief = await send<{ text: string }>(page, {
      type: 'brief/clips',
      clipIds: clips.map((c) => c.id),
      deliver: 'text',
    });
    for (const n of [1, 2, 3]) expect(brief.text).toContain(`, p. ${n}](${url}#page=${n})`);
    expect(brief.text).toContain('统计公报');
    await page.close();
  });

  it('re-attaches a highlight the changed PDF no longer holds to the passage the user selects', async () => {
    const path = '/files/changing.pdf';
    fixture.server.set(path, { body: Buffer.from(await policyZhPdf()), type: PDF });
    let page = await openReader(path);
    const listed = page.testId('page-highlight');
    await expect
      .poll(() => page.find('.suggestions .doc-title').text(), { timeout: 30_000 })
      .toBe(POLICY_ZH.title);
    await page.selectText(POLICY_ZH.issuer);
    await page.testId('pdf-highlight-selection').click();
    await expect.poll(() => listed.count()).toBe(1);
    const stored = () => fixture.browser.readStore<ClipRecord>('clips');
    const [highlight] = (await stored()).filter((c) => c.quote === POLICY_ZH.issuer);
    expect(highlight).toBeDefined();
    await page.close();

    // The publisher replaced the file at the same address: the passage is gone, the highlight stays, an orphan.
    fixture.server.set(path, { body: Buffer.from(await multiPagePdf(2)), type: PDF });
    page = await openReader(path);
    const orphan = page.find('.pdf-highlights .orphan');
    await expect.poll(() => orphan.count(), { timeout: 30_000 }).toBe(1);
    const SELECTED = '发展情况';
    await page.selectText(SELECTED);
    await orphan.testId('reattach').click();
    await expect.poll(() => orphan.count()).toBe(0);
    await expect
      .poll(async () => (await paintedPages(page)).some(([p, t]) => p === '1' && t === SELECTED))
      .toBe(true);
    // The same highlight (its tags, note and history kept), now quoting the selection.
    await expect.poll(async () => (await stored()).find((c) => c.id === highlight?.id)?.quote).toBe(SELECTED);
    expect((await stored()).filter((c) => c.quote === POLICY_ZH.issuer)).toHaveLength(0);

    // Reopened, it is placed where the user put it.
    await page.close();
    page = await openReader(path);
    await expect.poll(() => page.testId('page-highlight').count(), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(async () => (await paintedPages(page)).some(([p, t]) => p === '1' && t === SELECTED), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await page.find('.pdf-highlights .orphan').count()).toBe(0);
    await page.close();
  });

  it('says a scan has no text layer', async () => {
    const page = await openReader('/files/scan.pdf');
    await expect
      .poll(() => page.find('.failure').text(), { timeout: 20_000 })
      .toContain('This PDF has no text layer: it is a scan');
    await page.close();
  });

  it('says a web page served as a PDF is not one', async () => {
    const page = await openReader('/files/error.pdf');
    await expect
      .poll(() => page.find('.failure').text(), { timeout: 20_000 })
      .toContain('answered with a web page, not a PDF');
    await page.close();
  });
});
