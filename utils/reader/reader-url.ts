/** The saved-copy reader's address for an article, relative to the extension's root. */
export function savedCopyPath(articleId: string): `/reader.html?article=${string}` {
  return `/reader.html?article=${encodeURIComponent(articleId)}`;
}

/** The article a reader address names, or null. */
export function articleIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('article');
  return id && id.length <= 64 ? id : null;
}
