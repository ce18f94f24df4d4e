import type { Finding } from '@/utils/detect/types';
import { clipIdentityOf, findingIdentity } from '@/utils/finding-clip';
import type { ClipRecord } from '@/utils/store/types';

/** A finding is "saved" when a clip of the same kind holds the same words in the same sentence. */
export const findingKey = (f: Finding): string => findingIdentity(f);

export function savedFindingKeys(clips: readonly ClipRecord[]): Set<string> {
  return new Set(clips.map(clipIdentityOf));
}

/** `text` split around `[start, end)` (clamped), so the middle can be shown in bold. */
export function splitAt(
  text: string,
  start: number,
  end: number,
): { before: string; match: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return { before: text.slice(0, s), match: text.slice(s, e), after: text.slice(e) };
}

/** The context split around the finding, so the finding can be shown in bold inside its sentence. */
export function splitContext(f: Finding): { before: string; match: string; after: string } {
  const at = f.context.indexOf(f.text);
  if (at < 0) return { before: '', match: f.text, after: '' };
  return splitAt(f.context, at, at + f.text.length);
}
