/**
 * `npm run eval`: which corpus it uses and the refusal when there is none; the judged set's format and
 * how suggestions are matched to judgements; precision with unjudged suggestions, recall of kept items.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseCorpus, CORPUS_ENV } from '@/cli/eval-corpus';
import { scorePage } from '@/cli/eval-detect';
import { judge, type JudgedItem, loadJudged, nearKey } from '@/cli/judged';
import { detect } from '@/utils/detect';

const ROOT = resolve(__dirname, '../../..');
const TMP = mkdtempSync(join(tmpdir(), 'eval-test-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const RULE = { figure: 'f', measure: 'm', document: 'd' };
const TEXT =
  '2020年，全国共登记技术合同549353项。合肥市明确对关键核心技术单个项目给予最高1000万元补助。《经济参考报》记者获悉。';

function item(
  kind: JudgedItem['kind'],
  text: string,
  verdict: JudgedItem['verdict'],
  near?: string,
): JudgedItem {
  const at = TEXT.indexOf(text);
  return { kind, text, near: near ?? nearKey(TEXT, at, at + text.length), verdict };
}

describe('the judged set', () => {
  it('loads a page file, and says which file and field is wrong', () => {
    const dir = join(TMP, 'judged');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify({ page: 'a', rule: RULE, judge: 'me', items: [item('figure', '549353项', 'keep')] }),
    );
    expect(loadJudged(dir, 'a')).toMatchObject({ ok: true, page: { items: [{ text: '549353项' }] } });
    expect(loadJudged(dir, 'missing')).toEqual({ ok: true, page: null });
    writeFileSync(
      join(dir, 'b.json'),
      JSON.stringify({
        page: 'b',
        rule: RULE,
        judge: 'me',
        items: [{ ...item('figure', '549353项', 'keep'), verdict: 'maybe' }],
      }),
    );
    const bad = loadJudged(dir, 'b');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/b\.json: items\.0\.verdict/);
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ page: 'a', rule: RULE, judge: 'me', items: [] }));
    expect(loadJudged(dir, 'c')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/"page" is "a", expected "c"/),
    });
  });

  it('matches a suggestion by kind, words and near; by words alone only when all judgements agree', () => {
    const findings = detect(TEXT).filter((f) => f.text === '549353项');
    expect(judge(TEXT, findings, [item('figure', '549353项', 'keep')])[0]?.item?.verdict).toBe('keep');
    // The extraction moved a character: same words, all judged keep.
    expect(
      judge(TEXT, findings, [item('figure', '549353项', 'keep', 'x⟦549353项⟧y')])[0]?.item?.verdict,
    ).toBe('keep');
    const split = [
      item('figure', '549353项', 'keep', 'x⟦549353项⟧y'),
      item('figure', '549353项', 'noise', 'z⟦549353项⟧w'),
    ];
    expect(judge(TEXT, findings, split)[0]?.item).toBeNull();
    expect(judge(TEXT, findings, [item('measure', '549353项', 'keep')])[0]?.item).toBeNull();
  });
});

describe('scoring a page', () => {
  const findings = detect(TEXT);

  it('counts an unjudged suggestion as noise and lists it', () => {
    const scored = scorePage('p', TEXT, findings, [item('figure', '549353项', 'keep')], []);
    expect(scored.tally.figure).toMatchObject({ suggested: 2, keep: 1, noise: 0, unjudged: 1 });
    expect(scored.unjudged.map((u) => [u.kind, u.text])).toEqual([
      ['measure', '合肥市明确对关键核心技术单个项目给予最高1000万元补助'],
      ['figure', '1000万元'],
    ]);
  });

  it('does not count findings that are not suggested (dates, newspapers)', () => {
    const scored = scorePage('p', TEXT, findings, [], []);
    expect(scored.unjudged.map((u) => u.text)).not.toContain('2020年');
    expect(scored.unjudged.map((u) => u.text)).not.toContain('《经济参考报》');
  });

  it('recalls a kept measure held by a suggestion cut differently, and a gold item', () => {
    const kept: JudgedItem[] = [
      { kind: 'measure', text: '对关键核心技术单个项目给予最高1000万元补助', near: 'x', verdict: 'keep' },
    ];
    const scored = scorePage('p', TEXT, findings, kept, [{ kind: 'figure', text: '549353项', near: null }]);
    expect(scored.tally.measure).toMatchObject({ targets: 1, recalled: 1 });
    expect(scored.tally.figure).toMatchObject({ targets: 1, recalled: 1 });
    const missed = scorePage(
      'p',
      TEXT,
      findings,
      [],
      [{ kind: 'document', text: '《促进科技成果转化法》', near: null }],
    );
    expect(missed.tally.document).toMatchObject({ targets: 1, recalled: 0 });
  });
});

describe('choosing the corpus', () => {
  it('takes the argument, else the environment, else ../shared/corpus beside the repository', () => {
    const corpus = join(TMP, 'corpus');
    mkdirSync(join(corpus, 'pages'), { recursive: true });
    expect(chooseCorpus(corpus, ROOT, {})).toMatchObject({
      ok: true,
      corpus: { dir: corpus, from: 'command line' },
    });
    expect(chooseCorpus(undefined, ROOT, { [CORPUS_ENV]: corpus })).toMatchObject({
      ok: true,
      corpus: { dir: corpus, from: `$${CORPUS_ENV}` },
    });
    const fresh = chooseCorpus(undefined, join(TMP, 'fresh-clone'), {});
    expect(fresh.ok).toBe(false);
    expect(!fresh.ok && fresh.message).toMatch(
      /does not exist.*not part of the repository.*npm run eval -- \/path\/to\/corpus.*POLICY_CLIPPER_CORPUS/,
    );
  });
});

function runEval(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/eval.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 110_000,
    env: { ...process.env, [CORPUS_ENV]: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run eval', { timeout: 120_000 }, () => {
  it('refuses a missing corpus with one line saying how to give one, exit code 2', () => {
    const { status, stdout, stderr } = runEval(join(TMP, 'nowhere'));
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toMatch(/^eval: no evaluation corpus: .*nowhere does not exist/);
  });

  it('says loudly which corpus it used, and fails on suggestions nobody judged', () => {
    const corpus = join(TMP, 'tiny');
    mkdirSync(join(corpus, 'pages', 'unjudged-notice'), { recursive: true });
    copyFileSync(
      join(ROOT, 'tests/fixtures/pages/zh-news-fullwidth-bar/source.html'),
      join(corpus, 'pages', 'unjudged-notice', 'source.html'),
    );
    const { status, stdout } = runEval(corpus, '--only', 'detect');
    expect(status).toBe(1);
    expect(stdout).toContain(`=== CORPUS ${corpus} (command line): 1 pages ===`);
    expect(stdout).toContain('pages with no judged file: unjudged-notice');
    expect(stdout).toMatch(/!!! \d+ UNJUDGED SUGGESTIONS: counted as noise above/);
  });
});
