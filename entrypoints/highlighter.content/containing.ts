/**
 * Which highlight the user's selection is in: selecting (part of) a highlighted passage and pressing the
 * shortcut, or picking "Highlight selection", opens that highlight's menu from the keyboard instead of
 * saving the same words twice.
 */

/** The id of the smallest highlight whose range holds all of `selection`, or null. */
export function highlightContaining(
  selection: Range,
  highlights: Iterable<readonly [string, Range]>,
): string | null {
  let best: { id: string; length: number } | null = null;
  for (const [id, range] of highlights) {
    const startsBefore = range.compareBoundaryPoints(Range.START_TO_START, selection) <= 0;
    const endsAfter = range.compareBoundaryPoints(Range.END_TO_END, selection) >= 0;
    if (!startsBefore || !endsAfter) continue;
    const length = range.toString().length;
    if (best === null || length < best.length) best = { id, length };
  }
  return best?.id ?? null;
}
