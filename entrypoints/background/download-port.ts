import { browser } from 'wxt/browser';

export type DownloadPort = (filename: string, text: string, mime: string) => Promise<number>;

/**
 * Saves text as a file in the user's downloads. Chrome's service worker has no `URL.createObjectURL`,
 * so it downloads a `data:` URL; Firefox's background page refuses `data:` downloads but has blobs.
 */
export function browserDownloadPort(): DownloadPort {
  return async (filename, text, mime) => {
    const type = `${mime};charset=utf-8`;
    const canBlob = typeof URL.createObjectURL === 'function';
    const url = canBlob
      ? URL.createObjectURL(new Blob([text], { type }))
      : `data:${type},${encodeURIComponent(text)}`;
    try {
      return await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    } finally {
      if (canBlob) setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
  };
}
