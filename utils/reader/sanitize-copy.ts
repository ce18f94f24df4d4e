/**
 * The stored article HTML, made safe to show in the saved-copy reader. The HTML was sanitised when it
 * was clipped (`utils/extract/sanitize.ts`), but a stored copy may also come from a backup someone
 * else wrote: it is treated as hostile and rebuilt from an allowlist, never shown as it is.
 *
 * - parsed in an inert document (`createHTMLDocument`: no scripts run, nothing loads);
 * - only known text elements are rebuilt; active, embedded and form content is dropped with what it
 *   holds; anything else unknown is replaced by its children;
 * - no attribute survives but `lang`, `dir`, `title`, table spans and list starts (numbers), and links'
 *   `href` when `safeHref` allows it (absolute http(s)), opened in a new tab without opener/referrer;
 * - no remote loads: images become a text placeholder with their description (`alt`); no `style`,
 *   `class`, `id`, `srcset`, `on…` ever reaches the page.
 */
import { safeHref } from '../safe-link';

/** Text elements rebuilt as themselves. */
const KEPT = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'code',
  'kbd',
  'samp',
  'var',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'abbr',
  'dfn',
  'span',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'colgroup',
  'col',
  'a',
  'time',
  'address',
  'wbr',
  'ruby',
  'rt',
  'rp',
  'bdi',
  'bdo',
]);

/** Dropped with everything inside: code, embedded content, forms, metadata, media. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'audio',
  'video',
  'track',
  'source',
  'canvas',
  'map',
  'area',
  'portal',
  'dialog',
  'slot',
  'param',
  'picture',
]);

const NUMBER = /^\d{1,4}$/;
const NUMERIC_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start'],
};
const TEXT_ATTRIBUTES = ['lang', 'dir', 'title'];

export interface CopyWords {
  /** The placeholder of an image: `[image: …]` with its description, or without one. */
  image(alt: string | null): string;
}

/** Strips `el`'s attributes down to the allowed ones, values checked (the element is kept in place). */
function cleanAttributes(el: Element): void {
  const href = el.localName === 'a' ? safeHref(el.getAttribute('href') ?? '') : null;
  const numeric = NUMERIC_ATTRIBUTES[el.localName] ?? [];
  for (const attr of Array.from(el.attributes)) {
    const name = attr.namespaceURI === null ? attr.name : '';
    const kept = TEXT_ATTRIBUTES.includes(name)
      ? name !== 'dir' || /^(ltr|rtl|auto)$/i.test(attr.value)
      : numeric.includes(name) && NUMBER.test(attr.value.trim());
    if (!kept) el.removeAttributeNode(attr);
    else if (numeric.includes(name)) attr.value = attr.value.trim();
  }
  if (href) {
    el.setAttribute('href', href);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
}

/** Cleans `node`'s children in place: kept elements stay, unknown ones give way to their children. */
function clean(node: Node, words: CopyWords, depth: number): void {
  const doc = node.ownerDocument!;
  let child = node.firstChild;
  while (child) {
    const next = child.nextSibling;
    if (child.nodeType === 1) {
      const el = child as Element;
      const name = el.localName;
      if (DROPPED.has(name)) el.remove();
      else if (name === 'img') {
        const span = doc.createElement('span');
        span.className = 'copy-image';
        span.textContent = words.image(el.getAttribute('alt')?.trim() || null);
        el.replaceWith(span);
      } else if (depth > 200) {
        // Deeper than any real article: flattened to its text rather than recursing without end.
        el.replaceWith(doc.createTextNode(el.textContent ?? ''));
      } else if (!KEPT.has(name) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
        clean(el, words, depth + 1);
        el.replaceWith(...Array.from(el.childNodes));
      } else {
        cleanAttributes(el);
        clean(el, words, depth + 1);
      }
    } else if (child.nodeType !== 3) {
      child.remove(); // comments, processing instructions
    }
    child = next;
  }
}

/**
 * `html` as a fragment of `doc` holding only allowlisted elements and attributes (see above). Cleaned
 * in the inert document where it was parsed, then adopted: one parse and no second copy of every node,
 * which is most of the reader's opening time on a long page.
 */
export function sanitizeCopy(doc: Document, html: string, words: CopyWords): DocumentFragment {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  clean(inert.body, words, 0);
  const range = inert.createRange();
  range.selectNodeContents(inert.body);
  return doc.adoptNode(range.extractContents());
}
