/**
 * Makes the article element safe to store and to show later: no active content, no event handlers,
 * no script URLs. Readability already drops most of these, but not event handlers, video iframes or
 * `javascript:` links, and the stored HTML must not depend on what Readability happens to keep.
 */
import { ELEMENT_NODE, descendants } from './dom';

/** Elements removed with their content. */
const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'link',
  'meta',
  'base',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'svg',
  'math',
  'portal',
]);

/** Elements replaced by their children: ASP.NET-style pages wrap the whole article in a `<form>`. */
const UNWRAPPED_ELEMENTS: ReadonlySet<string> = new Set(['form', 'dialog']);

/** Attributes holding a URL the browser may follow or load. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'poster',
  'cite',
  'background',
  'longdesc',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'ping',
  'lowsrc',
  'dynsrc',
  'manifest',
  'codebase',
]);

/**
 * Attributes that can run or load something whatever their value, and `class`: the site's class names
 * mean nothing once stored (Readability is told to keep them, `keepClasses`, so that its own class
 * walk is skipped and this walk, which visits every element anyway, drops them).
 */
const DROPPED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'srcdoc',
  'style',
  'http-equiv',
  'formaction',
  'ping',
  'class',
]);

const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel', 'ftp']);
const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);/i;

/** A URL is safe when relative, a fragment, or of a safe scheme; browsers ignore controls and spaces in schemes. */
export function isSafeUrl(value: string, attribute: string): boolean {
  const compact = value.replace(/[\u0000-\u0020\u007F-\u009F]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === 'data')
    return (attribute === 'src' || attribute === 'srcset') && SAFE_DATA_IMAGE.test(compact);
  return SAFE_SCHEMES.has(scheme);
}

/** Most links on a page: web URLs and relative paths need no closer look. */
const PLAINLY_SAFE_URL = /^(?:https?:\/\/|\/|#|\?|\.{1,2}\/)/i;

function isSafeUrlAttribute(name: string, value: string): boolean {
  if (name === 'srcset')
    return value.split(',').every((candidate) => isSafeUrl(candidate.trim().split(/\s+/)[0] ?? '', 'src'));
  return PLAINLY_SAFE_URL.test(value) || isSafeUrl(value, name);
}

/** By attribute name (strings): `el.attributes` would create an `Attr` object per attribute. */
function cleanAttributes(el: Element): void {
  for (const name of el.getAttributeNames()) {
    const lower = name.toLowerCase();
    const unsafe =
      lower.startsWith('on') ||
      DROPPED_ATTRIBUTES.has(lower) ||
      (URL_ATTRIBUTES.has(lower) && !isSafeUrlAttribute(lower, el.getAttribute(name) ?? ''));
    if (unsafe) el.removeAttribute(name);
  }
}

/**
 * Strips `root` in place (the root's own attributes included). `all` are `root`'s descendants when the
 * caller already has them; ones already removed from `root` are cleaned harmlessly.
 */
export function sanitizeContent(root: Element, all: readonly Element[] = descendants(root)): void {
  cleanAttributes(root);
  for (const el of all) {
    if (el.nodeType !== ELEMENT_NODE) continue;
    if (DROPPED_ELEMENTS.has(el.localName)) el.remove();
    else if (UNWRAPPED_ELEMENTS.has(el.localName)) el.replaceWith(...Array.from(el.childNodes));
    else if (el.hasAttributes()) cleanAttributes(el);
  }
}
