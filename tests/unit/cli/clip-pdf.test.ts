/** `clip FILE.pdf` as a user runs it: spawned, exit code, stdout and stderr checked. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfClipJson } from '@/cli/render-clip';
import {
  encryptPdf,
  hasQpdf,
  multiPagePdf,
  pageMarker,
  POLICY_ZH,
  policyZhPdf,
  scannedPdf,
  truncated,
} from '@/tests/support/pdf-fixtures';

const ROOT = resolve(__dirname, '../../..');
const TMP = mkdtempSync(join(tmpdir(), 'clip-pdf-test-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function clip(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/clip.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(TMP, name);
  writeFileSync(path, bytes);
  return path;
};

let policyPath = '';
let multiPath = '';
beforeAll(async () => {
  const policy = await policyZhPdf();
  policyPath = file('2021-18.pdf', policy);
  multiPath = file('report.pdf', await multiPagePdf(4));
  file('scan.pdf', await scannedPdf());
  file('cut.pdf', truncated(policy));
  file('error-page.pdf', '<!doctype html><title>Error</title><p>Session expired</p>');
  if (hasQpdf()) file('locked.pdf', encryptPdf(policy, 'secret'));
});

describe('clip FILE.pdf', { timeout: 120_000 }, () => {
  it('prints the article, findings with their pages and the PDF facts as JSON', () => {
    const url = 'https://www.jiangnan.gov.cn/files/2021-18.pdf';
    const { status, stdout, stderr } = clip(policyPath, '--url', url, '--format', 'json');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const out = JSON.parse(stdout) as PdfClipJson;
    expect(Object.keys(out)).toEqual(['article', 'findings', 'pdf']);
    expect(out.article).toMatchObject({ title: POLICY_ZH.title, source: POLICY_ZH.issuer, url });
    expect(out.pdf.policy.docNumber).toBe(POLICY_ZH.docNumber);
    expect(out.pdf.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const figure = out.findings.find((f) => f.text === POLICY_ZH.figure);
    expect(figure?.page).toBe(1);
    for (const f of out.findings) expect(out.article.text.slice(f.start, f.end)).toBe(f.text);
    expect(stdout).not.toContain('"runs"');
  });

  it('gives each finding the page it is printed on', () => {
    const out = JSON.parse(clip(multiPath, '--format=json').stdout) as PdfClipJson;
    expect(out.article.url).toBe(`file://${multiPath}`);
    for (let n = 1; n <= 4; n++) {
      const at = out.article.text.indexOf(pageMarker(n));
      expect(out.findings.find((f) => f.kind === 'figure' && f.start > at)?.page).toBe(n);
    }
  });

  it('prints a Markdown brief by default', () => {
    const { status, stdout } = clip(policyPath);
    expect(status).toBe(0);
    expect(stdout).toContain(`# ${POLICY_ZH.title}`);
    expect(stdout).toContain(POLICY_ZH.figure);
    expect(stdout).toContain(POLICY_ZH.documents[0]);
  });

  it('cites each quote of the Markdown brief with its page and links to the page of the original address', () => {
    const url = 'https://example.org/files/report.pdf';
    const { status, stdout } = clip(multiPath, '--url', url);
    expect(status).toBe(0);
    for (let n = 1; n <= 4; n++) expect(stdout).toContain(`, p. ${n}](${url}#page=${n})`);
    expect(stdout).not.toContain(':~:text=');
  });

  const refusals: [string, string, RegExp][] = [
    ['a scan', 'scan.pdf', /scan\.pdf: This PDF has no text layer: it is a scan/],
    ['a truncated PDF', 'cut.pdf', /cut\.pdf: This PDF is incomplete/],
    ['a web page saved as .pdf', 'error-page.pdf', /not a PDF \(it looks like a web page\)/],
    ['a missing file', 'missing.pdf', /no such file/],
    ...(hasQpdf()
      ? ([['a password-protected PDF', 'locked.pdf', /protected by a password/]] as [
          string,
          string,
          RegExp,
        ][])
      : []),
  ];

  it.each(refusals)('refuses %s: one line on stderr, exit code 2, nothing on stdout', (_n, name, message) => {
    const { status, stdout, stderr } = clip(join(TMP, name));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^clip: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  });
});
