/** `clip` as a user runs it: spawned, exit code, stdout and stderr checked. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const GOLD = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/pages/seed-policy-article-zh/gold.json'), 'utf8'),
) as {
  url: string;
  article: { title: string; source: string; published: string; lang: string; mustContain: string[] };
  figures: { text: string; kind: string }[];
  measures: string[];
  documents: string[];
};
const TMP = mkdtempSync(join(tmpdir(), 'clip-test-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function clip(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/clip.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

// Each case spawns Node + tsx; on a busy machine that takes seconds.
describe('clip', { timeout: 120_000 }, () => {
  it('clips the bundled sample article as a Markdown brief with its suggestions when given no page', () => {
    const { status, stdout, stderr } = clip();
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout.startsWith('---\ntitle: ')).toBe(true);
    expect(stdout).toContain(`# ${GOLD.article.title}`);
    expect(stdout).toContain(`${GOLD.article.source} · ${GOLD.article.published} · <${GOLD.url}>`);
    // Key figures table, measures, documents: every gold suggestion is in the brief.
    // Dates are a figure's period, not a key figure: not suggested, not in the table.
    for (const f of GOLD.figures.filter((g) => g.kind !== 'date'))
      expect(stdout).toMatch(new RegExp(`^\\| ${f.text.replace(/[.%]/g, '\\$&')} \\|`, 'm'));
    for (const m of GOLD.measures.slice(0, 3)) expect(stdout).toContain(m);
    for (const d of GOLD.documents) expect(stdout).toContain(d);
    expect(stdout).toContain(`${GOLD.url}#:~:text=`);
  });

  it('prints exactly one JSON document with --format json', () => {
    const { status, stdout, stderr } = clip('--format', 'json');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const out = JSON.parse(stdout) as {
      article: Record<string, unknown> & { text: string };
      findings: { text: string; start: number; end: number }[];
    };
    expect(Object.keys(out)).toEqual(['article', 'findings']);
    expect(Object.keys(out.article)).toEqual([
      'title',
      'source',
      'byline',
      'published',
      'lang',
      'url',
      'text',
      'excerpt',
      'policy',
    ]);
    expect(out.article.policy).toBeNull();
    expect(out.article).toMatchObject({
      title: GOLD.article.title,
      source: GOLD.article.source,
      published: GOLD.article.published,
      lang: GOLD.article.lang,
      url: GOLD.url,
    });
    for (const snippet of GOLD.article.mustContain) expect(out.article.text).toContain(snippet);
    for (const f of out.findings) expect(out.article.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('clips a saved GBK page with the URL given, decoding it by its declared charset', () => {
    const { status, stdout } = clip(
      'tests/fixtures/pages/zh-gbk-encoded/source.html',
      '--url=https://news.example.cn/a.html',
      '--format=json',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).article).toMatchObject({
      title: '我省出台稳外贸稳外资十条措施',
      url: 'https://news.example.cn/a.html',
    });
  });

  it("shows an official document's record under article.policy", () => {
    const { status, stdout } = clip(
      'tests/fixtures/pages/zh-gov-policy-library/source.html',
      '--url',
      'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { article: { policy: unknown } }).article.policy).toEqual({
      issuer: '国务院办公厅',
      docNumber: '国办发〔2017〕47号',
      indexNumber: '000014349/2017-00094',
      written: '2017-05-15',
      published: '2017-06-08',
      docType: '通知',
      topic: '综合政务\\电子政务',
    });
  });

  it.each([
    ['csl', /"type": "legislation"[\s\S]*"number": "国办发〔2017〕47号"/],
    ['ris', /^TY {2}- LEGAL\nAU {2}- 国务院办公厅\n[\s\S]*^SN {2}- 国办发〔2017〕47号$/m],
    ['bibtex', /^@techreport\{[\s\S]*number = \{国办发〔2017〕47号\}/],
  ])('prints the citation with --format %s', (format, expected) => {
    const { status, stdout, stderr } = clip(
      'tests/fixtures/pages/zh-gov-policy-library/source.html',
      '--url',
      'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
      '--format',
      format,
    );
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(expected);
  });

  const badInputs: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(TMP, 'missing.html')], /no such file/],
    ['a directory', () => [TMP], /is a directory/],
    [
      'a binary file',
      () => [tempFile('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))],
      /PNG image, not an HTML page/,
    ],
    [
      'a PDF cut short, whatever its name (read as a PDF by its bytes)',
      () => [
        tempFile('report.html', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00])),
      ],
      /report\.html: This PDF is incomplete/,
    ],
    [
      'a text file that is not HTML',
      () => [tempFile('notes.txt', 'Meeting notes: tariffs, quotas and the July review.\n')],
      /text but not HTML/,
    ],
    ['an empty file', () => [tempFile('empty.html', '')], /file is empty/],
    ['a page without an article', () => ['tests/fixtures/pages/nav-only/source.html'], /menu or an index/],
    ['a page with no text', () => ['tests/fixtures/pages/empty-page/source.html'], /no text to clip/],
    ['an unknown --format', () => ['--format', 'pdf'], /unknown --format "pdf"/],
    ['a relative --url', () => ['--url', 'example.cn/a.html'], /--url must be an absolute/],
    ['--url without a value', () => ['--url'], /--url needs a value/],
    ['an unknown option', () => ['--verbose'], /unknown option --verbose/],
    ['two pages', () => ['a.html', 'b.html'], /at most one PAGE/],
  ];

  it.each(badInputs)(
    'refuses %s: one line on stderr, exit code 2, nothing on stdout',
    (_name, args, message) => {
      const { status, stdout, stderr } = clip(...args());
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^clip: [^\n]+\n$/);
      expect(stderr).toMatch(message);
    },
  );
});
