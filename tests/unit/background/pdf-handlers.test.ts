/** The PDF reader's requests against a real store (fake-indexeddb): re-attaching an orphan. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { pdfHandlers } from '@/entrypoints/background/pdf-handlers';
import type { PageCaller } from '@/entrypoints/background/router';
import { article, draft, freshStore } from '../store/helpers';

const reader: PageCaller = { role: 'extension-page', tabId: 7 };
const PDF = { url: 'https://www.stats.gov.cn/files/2024-bulletin.pdf', fingerprint: 'ab12' };
const OTHER = { url: 'https://www.example.org/other.pdf', fingerprint: 'cd34' };
const anchor = {
  quote: '发展情况',
  selectors: [
    { type: 'TextQuoteSelector' as const, exact: '发展情况', prefix: '', suffix: '' },
    { type: 'TextPositionSelector' as const, start: 10, end: 14 },
  ],
  context: '一、发展情况。',
};

async function setUp() {
  const { store } = await freshStore();
  const handlers = pdfHandlers({ store: async () => store });
  const pdf = await store.saveArticle(article({ url: PDF.url, kind: 'pdf', fingerprint: PDF.fingerprint }));
  const other = await store.saveArticle(
    article({ url: OTHER.url, kind: 'pdf', fingerprint: OTHER.fingerprint }),
  );
  const [orphan, foreign] = await store.addClips([
    draft(pdf.id, '旧的段落', { tags: ['统计公报'], note: '核对' }),
    draft(other.id, '别的文件'),
  ]);
  if (!orphan || !foreign) throw new Error('clips not saved');
  return { store, handlers, orphan, foreign };
}

describe('pdf/reattach', () => {
  it("moves the PDF's orphan to the selected passage, keeping its tags and note", async () => {
    const { store, handlers, orphan } = await setUp();
    const clip = await handlers['pdf/reattach'](
      { type: 'pdf/reattach', pdf: PDF, id: orphan.id, anchor },
      reader,
    );
    expect(clip).toMatchObject({
      id: orphan.id,
      quote: '发展情况',
      context: '一、发展情况。',
      tags: ['统计公报'],
      note: '核对',
    });
    expect(clip.selectors).toEqual(anchor.selectors);
    expect((await store.getClips([orphan.id]))[0]?.quote).toBe('发展情况');
  });

  it('finds the PDF by fingerprint when it was opened from another address', async () => {
    const { handlers, orphan } = await setUp();
    const moved = { url: 'https://mirror.example.cn/bulletin.pdf', fingerprint: PDF.fingerprint };
    const clip = await handlers['pdf/reattach'](
      { type: 'pdf/reattach', pdf: moved, id: orphan.id, anchor },
      reader,
    );
    expect(clip.quote).toBe('发展情况');
  });

  it('refuses a highlight of another document and changes nothing', async () => {
    const { store, handlers, foreign } = await setUp();
    await expect(
      handlers['pdf/reattach']({ type: 'pdf/reattach', pdf: PDF, id: foreign.id, anchor }, reader),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await store.getClips([foreign.id]))[0]?.quote).toBe('别的文件');
  });
});
