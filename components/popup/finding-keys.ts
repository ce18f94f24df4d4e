import type { Finding } from '@/utils/detect/types';
import type { ClipRecord } from '@/utils/store/types';

/** A finding is "saved" when a clip of the same kind holds the same words in the same sentence. */
export function clipKey(kind: string, quote: string, context: string): string {
  return `${kind}\u0000${quote}\u0000${context}`;
}

export const findingKey = (f: Finding): string => clipKey(f.kind, f.text, f.context);

export function savedFindingKeys(clips: readonly ClipRecord[]): Set<string> {
  return new Set(clips.map((c) => clipKey(c.kind, c.quote, c.context)));
}

/** The context split around the finding, so the finding can be shown in bold inside its sentence. */
export function splitContext(f: Finding): { before: string; match: string; after: string } {
  const at = f.context.indexOf(f.text);
  if (at < 0) return { before: '', match: f.text, after: '' };
  return { before: f.context.slice(0, at), match: f.text, after: f.context.slice(at + f.text.length) };
}
