/**
 * Percent-encoding of one component of a text directive (`#:~:text=prefix-,start,end,-suffix`).
 * Beyond `encodeURIComponent`, the characters with syntax meaning inside a directive must be encoded:
 * `-` (prefix/suffix marker), `,` (separator; already encoded) and `&` (directive separator; already
 * encoded). CJK and other non-ASCII text is UTF-8 percent-encoded, which Chromium decodes back.
 */
export function encodeTextDirectiveComponent(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}
