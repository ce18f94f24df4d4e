/**
 * How the eval compares our output with reference files. Deliberately independent of the extractor's own
 * rules (it never calls the title clean-up it is judging).
 */

/** Separators a site suffix may start with, in a reference title that still carries one. */
const SUFFIX_START = /^\s*([-_|｜–—:@·•»/]|::)/;

/** Ignores width (NFKC), case, curly vs straight quotes, dash variants and all whitespace. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\s\u200B-\u200D\uFEFF\u00AD]+/g, '');
}

/**
 * A title is right when it equals the reference, or the reference is our title plus a site suffix
 * (Readability's expected titles keep `_教育频道_中国青年网`; ours must not).
 */
export function titleMatches(ours: string, reference: string): boolean {
  const a = ours.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const b = reference.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (a === '' || b === '') return false;
  if (normaliseForMatch(a) === normaliseForMatch(b)) return true;
  return b.startsWith(a) && SUFFIX_START.test(b.slice(a.length));
}

export function containsSnippet(normalisedText: string, snippet: string): boolean {
  const s = normaliseForMatch(snippet);
  return s !== '' && normalisedText.includes(s);
}
