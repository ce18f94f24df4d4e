/**
 * The PDF reader with the files that go wrong, as a user meets them: a password-protected PDF asks for
 * its password (a wrong one is told apart, the right one opens it), a download cut short says so, and a
 * 500-page PDF shows its reading progress while the page stays usable, stops when asked and reads again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import { encryptPdf, multiPagePdf, POLICY_ZH, policyZhPdf, truncated } from '@/tests/support/pdf-fixtures';
import { useExtension } from './harness';

const PDF = 'application/pdf';
const LONG_PAGES = 500;
const fixture = useExtension({});

beforeAll(async () => {
  const policy = await policyZhPdf();
  // qpdf comes with .ci/run (the unit suite fails loudly without it under CI=true).
  fixture.server.set('/files/locked.pdf', {
    body: Buffer.from(encryptPdf(policy, 'open-sesame')),
    type: PDF,
  });
  fixture.server.set('/files/cut.pdf', { body: Buffer.from(truncated(policy)), type: PDF });
  fixture.server.set('/files/long.pdf', { body: Buffer.from(await multiPagePdf(LONG_PAGES)), type: PDF });
}, 60_000);

function openReader(path: string): Promise<Tab> {
  const target = encodeURIComponent(fixture.server.url(path));
  return fixture.browser.openExtensionPage(`/pdf.html?url=${target}`);
}

const layerText = (page: Tab): Promise<string> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.textLayer')]
      .map((l) => l.textContent ?? '')
      .join('')
      .replace(/\s/g, ''),
  );

describe('PDF reader, bad input', () => {
  it('asks for the password of a protected PDF, tells a wrong one apart, and opens it with the right one', async () => {
    const page = await openReader('/files/locked.pdf');
    const failure = page.find('.failure');
    await expect.poll(() => failure.text(), { timeout: 20_000 }).toContain('protected by a password');
    const password = page.find('.password-form input[type="password"]');
    await password.fill('wrong-guess');
    await password.press('Enter');
    await expect
      .poll(() => page.find('.failure').text(), { timeout: 20_000 })
      .toContain('password is not correct');
    await page.find('.password-form input[type="password"]').fill('open-sesame');
    await page.find('.password-form input[type="password"]').press('Enter');
    await expect.poll(() => layerText(page), { timeout: 20_000 }).toContain(POLICY_ZH.masthead);
    expect(await page.find('.failure').count()).toBe(0);
    await expect
      .poll(() => page.find('.suggestions .doc-title').text(), { timeout: 20_000 })
      .toBe(POLICY_ZH.title);
    // Nothing was stored on the way: the reader saves only what the user highlights.
    expect(await fixture.browser.readStore('articles')).toHaveLength(0);
    await page.close();
  });

  it('says a download cut short is incomplete', async () => {
    const page = await openReader('/files/cut.pdf');
    await expect
      .poll(() => page.find('.failure').text(), { timeout: 20_000 })
      .toContain('This PDF is incomplete');
    expect(await page.find('.password-form').count()).toBe(0);
    await page.close();
  });

  it('reads a 500-page PDF with progress, stays usable while it reads, stops when asked and reads again', async () => {
    const page = await openReader('/files/long.pdf');
    const reading = page.testId('pdf-reading');
    const done = (): Promise<number> =>
      page.evaluate(
        () =>
          document.querySelector<HTMLProgressElement>('[data-testid="pdf-reading"] progress')?.value ?? -1,
      );
    await expect.poll(() => reading.count(), { timeout: 30_000 }).toBe(1);
    expect(await reading.text()).toContain(`of ${LONG_PAGES}`);
    // Progress moves while the page keeps answering (an evaluate is a task on the page's main thread).
    const seen = new Set<number>();
    await expect
      .poll(
        async () => {
          const value = await done();
          if (value > 0) seen.add(value);
          return seen.size;
        },
        { timeout: 30_000, interval: 20 },
      )
      .toBeGreaterThanOrEqual(2);
    await page.testId('pdf-stop').click();
    await expect
      .poll(() => page.find('.failure').text(), { timeout: 20_000 })
      .toContain('Reading stopped before the end');
    expect(await reading.count()).toBe(0);
    expect(await page.find('.suggestions .doc-title').count()).toBe(0);

    await page.testId('pdf-read-again').click();
    await expect.poll(() => page.find('.suggestions .doc-title').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.find('.failure').count()).toBe(0);
    expect(await page.find('.source-bar .page-count').text()).toContain(String(LONG_PAGES));
    await page.close();
  });
});
