/**
 * Before issue 17 a suggestion became a clip tagged with its kind and category (`figure`,
 * `figure/money`, `measure/tax-finance`): they crowded the user's own tags in the library, the briefs'
 * sections and their front matter. Kind and category are the clip's fields (`kind`, `type`); this is
 * the one rule that tells such an automatic tag from a user's, used by store migration 6 and by the
 * import of a backup written before it.
 */
import { DOCUMENT_TYPES, FIGURE_TYPES, MEASURE_TYPES } from '../detect/types';
import { tagKey } from '../tags';
import type { ClipKind } from '../vocabulary';

const TYPES_OF: Readonly<Record<ClipKind, readonly string[]>> = {
  figure: FIGURE_TYPES,
  measure: MEASURE_TYPES,
  document: DOCUMENT_TYPES,
  quote: [],
};

/**
 * The category an automatic tag names for a clip of `kind` (`figure/money` → `money`), '' for the
 * bare kind (`figure`), null for any other tag: a user's `figure` on a quote, or `figure/gdp`, stays.
 */
function automaticCategory(kind: ClipKind, tag: string): string | null {
  const key = tagKey(tag);
  if (kind === 'quote') return null;
  if (key === kind) return '';
  const [head, type, ...rest] = key.split('/');
  if (head !== kind || type === undefined || rest.length > 0) return null;
  return TYPES_OF[kind].includes(type) ? type : null;
}

export interface UserTagged {
  tags: string[];
  type: string | null;
}

/**
 * The clip's tags without the automatic ones, and its category (kept, or taken from an automatic tag
 * when the clip had none). Returns the same object when nothing changes.
 */
export function withoutAutomaticTags<C extends UserTagged & { kind: ClipKind }>(clip: C): C {
  let type = clip.type;
  const tags = clip.tags.filter((tag) => {
    const category = automaticCategory(clip.kind, tag);
    if (category === null) return true;
    if (category && !type) type = category;
    return false;
  });
  return tags.length === clip.tags.length && type === clip.type ? clip : { ...clip, tags, type };
}
