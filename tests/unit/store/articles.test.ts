import { describe, expect, it } from 'vitest';
import { articleIdFor, normaliseUrl } from '@/utils/url';
import { StoreError } from '@/utils/store';
import { article, draft, freshStore, T0 } from './helpers';

describe('saveArticle', () => {
  it('files a new article under its normalised URL, with its content', async () => {
    const { store } = await freshStore();
    const saved = await store.saveArticle(
      article({ url: 'HTTPS://www.gov.cn/zhengce/a.htm?utm_source=wechat&b=2&a=1#top' }),
    );
    const url = normaliseUrl('https://www.gov.cn/zhengce/a.htm?a=1&b=2');
    expect(saved.url).toBe(url);
    expect(saved.id).toBe(articleIdFor(url));
    expect(saved.originalUrl).toBe('HTTPS://www.gov.cn/zhengce/a.htm?utm_source=wechat&b=2&a=1#top');
    expect(saved.clippedAt).toBe(saved.updatedAt);
    expect(await store.getArticle(saved.id)).toEqual(saved);
    expect(await store.getContent(saved.id)).toEqual({
      articleId: saved.id,
      text: '促进科技成果转化，加快建设创新型国家。',
      contentHtml: '<p>促进科技成果转化，加快建设创新型国家。</p>',
    });
  });

  it('updates the same page clipped twice: same id and clippedAt, new metadata, never a duplicate', async () => {
    const { store } = await freshStore();
    const first = await store.saveArticle(article());
    const second = await store.saveArticle(
      article({
        url: `${first.url}?utm_medium=share#p2`,
        title: '新标题',
        text: '新的正文',
        contentHtml: '<p>新的正文</p>',
      }),
    );
    expect(second.id).toBe(first.id);
    expect(second.clippedAt).toBe(first.clippedAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(second.title).toBe('新标题');
    expect(await store.listArticles()).toHaveLength(1);
    expect((await store.getContent(first.id))?.text).toBe('新的正文');
  });

  it('keeps known fields and the old body when a re-clip extracted less', async () => {
    const { store } = await freshStore();
    const first = await store.saveArticle(article({ byline: '国务院办公厅' }));
    await store.saveArticle(article({ title: '', byline: null, text: '', contentHtml: '' }));
    const again = await store.getArticle(first.id);
    expect(again?.title).toBe(first.title);
    expect(again?.byline).toBe('国务院办公厅');
    expect((await store.getContent(first.id))?.text).toBe('促进科技成果转化，加快建设创新型国家。');
  });

  it('files a page under its canonical URL and finds it again from the page URL', async () => {
    const { store } = await freshStore();
    const saved = await store.saveArticle(
      article({
        url: 'https://m.example.com/story/42?from=timeline',
        canonicalUrl: 'https://www.example.com/story/42',
      }),
    );
    expect(saved.url).toBe('https://www.example.com/story/42');
    expect(saved.pageUrls).toEqual(['https://www.example.com/story/42', 'https://m.example.com/story/42']);
    expect((await store.getArticleByUrl('https://m.example.com/story/42#x'))?.id).toBe(saved.id);
    expect((await store.getArticleByUrl('https://www.example.com/story/42'))?.id).toBe(saved.id);
    expect(
      (await store.getArticleByUrl('https://other.example.com/1', 'https://www.example.com/story/42'))?.id,
    ).toBe(saved.id);
    expect(await store.getArticleByUrl('https://www.example.com/story/43')).toBeNull();
    // The same story reached from the desktop page joins the same article.
    const desktop = await store.saveArticle(
      article({ url: 'https://www.example.com/story/42', canonicalUrl: 'https://www.example.com/story/42' }),
    );
    expect(desktop.id).toBe(saved.id);
    expect(await store.listArticles()).toHaveLength(1);
  });

  it('rejects fields beyond the limits with an invalid error naming the field, storing nothing', async () => {
    const { store } = await freshStore();
    const error = await store.saveArticle(article({ title: 'x'.repeat(2001) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'invalid', path: 'article.title' });
    expect(await store.listArticles()).toEqual([]);
  });

  it('lists articles most recently clipped first, and sources by article count', async () => {
    const { store } = await freshStore();
    await store.saveArticle(article({ url: 'https://a.example/1', source: 'Reuters' }));
    await store.saveArticle(article({ url: 'https://a.example/2', source: '新华社' }));
    await store.saveArticle(article({ url: 'https://a.example/3', source: 'Reuters' }));
    const list = await store.listArticles();
    expect(list.map((a) => a.url)).toEqual([
      'https://a.example/3',
      'https://a.example/2',
      'https://a.example/1',
    ]);
    expect(list[0]?.clippedAt).toBe(T0 + 2000);
    expect(await store.listSources()).toEqual([
      { source: 'Reuters', count: 2 },
      { source: '新华社', count: 1 },
    ]);
  });
});

describe('clipsForUrl / countClipsForUrl', () => {
  it('returns the page article and its clips oldest first, or nothing for an unknown page', async () => {
    const { store } = await freshStore();
    const a = await store.saveArticle(article());
    const other = await store.saveArticle(article({ url: 'https://www.gov.cn/other.htm' }));
    const c1 = await store.addClip(draft(a.id, '促进科技成果转化'));
    const c2 = await store.addClip(draft(a.id, '加快建设创新型国家'));
    await store.addClip(draft(other.id, '其他'));
    const page = await store.clipsForUrl(`${a.url}?utm_source=x#frag`);
    expect(page.article?.id).toBe(a.id);
    expect(page.clips.map((c) => c.id)).toEqual([c1.id, c2.id]);
    expect(await store.countClipsForUrl(a.url)).toBe(2);
    expect(await store.clipsForUrl('https://nowhere.example/')).toEqual({ article: null, clips: [] });
    expect(await store.countClipsForUrl('https://nowhere.example/')).toBe(0);
  });

  it('counts records', async () => {
    const { store } = await freshStore();
    const a = await store.saveArticle(article());
    const c = await store.addClip(draft(a.id, '促进'));
    await store.addClip(draft(a.id, '转化'));
    await store.deleteClips([c.id]);
    expect(await store.stats()).toEqual({ articles: 1, clips: 1, trash: 1 });
  });
});
