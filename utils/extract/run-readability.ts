/**
 * Readability on a copy of the page (it rewrites the document it is given; ours never changes the page).
 */
import { Readability } from '@mozilla/readability';

/**
 * Inline CSS (characters) above which copying detached is cheaper. Measured in Chromium on the corpus:
 * even at 35 KB (cnnmoney) both ways cost the same; 110 KB (nytimes) saves a fifth, 350 KB (youth.cn)
 * five sixths; below, moving the tree costs up to twice the clone.
 */
const DETACHED_COPY_CSS = 64_000;

function inlineCssLength(doc: Document): number {
  let length = 0;
  for (const style of Array.from(doc.getElementsByTagName('style'))) length += style.textContent?.length ?? 0;
  return length;
}

/**
 * The copy Readability works on. A whole-document clone parses every inline stylesheet as the copy's
 * `<style>` elements join it — Readability's first step then deletes them. Portals inline hundreds of KB of
 * CSS, and on such pages that parse was up to half of the extraction (Chromium). So such a page is
 * copied detached, where nothing is parsed, the styles are dropped
 * (the same elements Readability would drop: it finds them the same way) and the rest is put into an
 * empty clone of the document, which keeps its address, base and content type. Other pages keep the plain
 * clone: moving a tree into another document costs more than cloning it there.
 */
export function readabilityCopy(doc: Document): Document {
  if (inlineCssLength(doc) < DETACHED_COPY_CSS) return doc.cloneNode(true) as Document;
  const root = doc.documentElement.cloneNode(true) as Element;
  for (const style of Array.from(root.getElementsByTagName('style'))) style.remove();
  const copy = doc.cloneNode(false) as Document;
  copy.appendChild(copy.adoptNode(root));
  return copy;
}

/** The attributes Readability's visibility test reads: without any of them an element is visible to it. */
const VISIBILITY_ATTRIBUTES = ['style', 'hidden', 'aria-hidden'] as const;

/**
 * Readability asks every element of the page whether it is visible, through `node.style`: the browser
 * then builds a style declaration for each element (a tenth of Readability's time on small pages). Its
 * answer depends only on the `style`, `hidden` and `aria-hidden` attributes, so an element with none of
 * them is answered at once, and the others by Readability itself. Its one visibility test is looked up
 * by name (a test fails if an upgrade renames it).
 */
export function answerPlainElementsVisible(reader: object): boolean {
  const own: unknown = Reflect.get(reader, '_isProbablyVisible');
  if (typeof own !== 'function') return false;
  return Reflect.set(reader, '_isProbablyVisible', (node: Element): boolean =>
    VISIBILITY_ATTRIBUTES.some((name) => node.hasAttribute(name)) ? Boolean(own.call(reader, node)) : true,
  );
}

/** Readability's article with its content as an element (no HTML string round trip), null when it found none, undefined when it threw. */
export function runReadability(doc: Document) {
  try {
    // Readability keeps its own JSON-LD reading (disableJSONLD changes its title, and with it how it
    // cleans the article: on Wikipedia that costs a quarter more time).
    // `keepClasses`: `sanitizeContent` strips class attributes in the walk it makes anyway.
    const reader = new Readability<Element>(readabilityCopy(doc), {
      serializer: (node) => node as Element,
      keepClasses: true,
    });
    answerPlainElementsVisible(reader);
    return reader.parse();
  } catch {
    return undefined;
  }
}
