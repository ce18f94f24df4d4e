/** A brief job survives a message boundary (JSON) and renders as the direct call does. */
import { describe, expect, it } from 'vitest';
import {
  defaultBriefOptions,
  renderArticleBrief,
  renderBriefJob,
  renderMultiBrief,
  toPortable,
  type BriefJob,
} from '@/utils/brief';
import { parseHtml, readFixture, seedContent, type MultiFixture, type SingleFixture } from './helpers';

const seed = readFixture<SingleFixture>('seed-clips.json');
const multi = readFixture<MultiFixture>('multi-clips.json');
const options = {
  ...defaultBriefOptions(new Date(Date.UTC(2026, 10, 30))),
  timeZone: 'Asia/Shanghai',
  fullText: true,
  parseHtml,
};

describe('renderBriefJob', () => {
  it('renders a single-article job sent as JSON, with the parser given on the other side', () => {
    const content = seedContent(seed.article.id);
    const job: BriefJob = { kind: 'article', input: { ...seed, content }, options: toPortable(options) };
    const received = JSON.parse(JSON.stringify(job)) as BriefJob;
    expect(received.options).not.toHaveProperty('parseHtml');
    expect(renderBriefJob(received, parseHtml)).toBe(renderArticleBrief({ ...seed, content }, options));
  });

  it('renders a multi-article job the same as the direct call', () => {
    const job: BriefJob = {
      kind: 'multi',
      input: multi,
      options: toPortable({ ...options, fullText: false, groupBy: 'kind' }),
    };
    expect(renderBriefJob(JSON.parse(JSON.stringify(job)) as BriefJob)).toBe(
      renderMultiBrief(multi, { ...options, fullText: false, groupBy: 'kind' }),
    );
  });
});
