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

function copyAttributes(from: Element, to: Element): void {
  for (const name of TEXT_ATTRIBUTES) {
    const value = from.getAttribute(name);
    if (value !== null && (name !== 'dir' || /^(ltr|rtl|auto)$/i.test(value))) to.setAttribute(name, value);
  }
  for (const name of NUMERIC_ATTRIBUTES[from.localName] ?? []) {
    const value = from.getAttribute(name)?.trim();
    if (value && NUMBER.test(value)) to.setAttribute(name, value);
  }
  if (from.localName === 'a') {
    const href = safeHref(from.getAttribute('href') ?? '');
    if (href) {
      to.setAttribute('href', href);
      to.setAttribute('target', '_blank');
      to.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

function rebuild(node: Node, into: Node, doc: Document, words: CopyWords, depth: number): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      into.appendChild(doc.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const el = child as Element;
    const name = el.localName;
    if (DROPPED.has(name)) continue;
    if (name === 'img') {
      const span = doc.createElement('span');
      span.className = 'copy-image';
      span.textContent = words.image(el.getAttribute('alt')?.trim() || null);
      into.appendChild(span);
      continue;
    }
    // Deeper than any real article: flattened to its text rather than recursing without end.
    if (depth > 200) {
      into.appendChild(doc.createTextNode(el.textContent ?? ''));
      continue;
    }
    if (!KEPT.has(name) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      rebuild(el, into, doc, words, depth + 1);
      continue;
    }
    const copy = doc.createElement(name);
    copyAttributes(el, copy);
    into.appendChild(copy);
    rebuild(el, copy, doc, words, depth + 1);
  }
}

/** `html` as a fragment of `doc` holding only allowlisted elements and attributes (see above). */
export function sanitizeCopy(doc: Document, html: string, words: CopyWords): DocumentFragment {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const fragment = doc.createDocumentFragment();
  rebuild(inert.body, fragment, doc, words, 0);
  return fragment;
}
