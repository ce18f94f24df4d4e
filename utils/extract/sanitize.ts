/**
 * Makes the article element safe to store and to show later: no active content, no event handlers,
 * no script URLs. Readability already drops most of these, but not event handlers, video iframes or
 * `javascript:` links, and the stored HTML must not depend on what Readability happens to keep.
 */
import { ELEMENT_NODE, descendants } from './dom';

/** Elements removed with their content. */
const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template',
  'link', 'meta', 'base', 'input', 'button', 'select', 'textarea', 'option', 'svg', 'math', 'portal',
]);

/** Elements replaced by their children: ASP.NET-style pages wrap the whole article in a `<form>`. */
const UNWRAPPED_ELEMENTS: ReadonlySet<string> = new Set(['form', 'dialog']);

/** Attributes holding a URL the browser may follow or load. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'srcset', 'poster', 'cite', 'background', 'longdesc', 'action', 'formaction', 'data',
  'xlink:href', 'ping', 'lowsrc', 'dynsrc', 'manifest', 'codebase',
]);

/** Attributes that can run or load something whatever their value. */
const DROPPED_ATTRIBUTES: ReadonlySet<string> = new Set(['srcdoc', 'style', 'http-equiv', 'formaction', 'ping']);

const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel', 'ftp']);
const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);/i;

/** A URL is safe when relative, a fragment, or of a safe scheme; browsers ignore controls and spaces in schemes. */
export function isSafeUrl(value: string, attribute: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007F-\u009F]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === 'data') return (attribute === 'src' || attribute === 'srcset') && SAFE_DATA_IMAGE.test(compact);
  return SAFE_SCHEMES.has(scheme);
}

function cleanAttributes(el: Element): void {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    const unsafe =
      name.startsWith('on') ||
      DROPPED_ATTRIBUTES.has(name) ||
      (URL_ATTRIBUTES.has(name) && !attr.value.split(',').every((part) => isSafeUrl(part.trim(), name)));
    if (unsafe) el.removeAttribute(attr.name);
  }
}

/** Strips `root` in place (the root's own attributes included). */
export function sanitizeContent(root: Element): void {
  const all = descendants(root);
  cleanAttributes(root);
  for (const el of all) {
    if (el.nodeType !== ELEMENT_NODE || !root.contains(el)) continue;
    if (DROPPED_ELEMENTS.has(el.localName)) el.remove();
    else if (UNWRAPPED_ELEMENTS.has(el.localName) && el !== root) el.replaceWith(...Array.from(el.childNodes));
    else cleanAttributes(el);
  }
}
