/**
 * The conflict rule for team documents (docs/sync.md): two versions of a record that moved apart from a
 * common base become one, deterministically, with nothing lost. For clips it is the rule of local edits
 * (`applyClipEdit`): the other side's change since the base is replayed on the winner as a patch.
 */
import { applyClipEdit, tagOps, withinLimit, type ClipEdit, type NoteVariant } from '../merge/clip-edit';
import { tagKey } from '../tags';
import {
  isTombstone,
  type ArticleBody,
  type Body,
  type ClipBody,
  type ContentBody,
  type LiveClipBody,
  type TagColourBody,
} from './docs';

const passageOf = (c: LiveClipBody) => ({
  quote: c.quote,
  selectors: c.selectors,
  context: c.context,
  fragment: c.fragment,
});
const samePassage = (a: LiveClipBody, b: LiveClipBody): boolean =>
  JSON.stringify(passageOf(a)) === JSON.stringify(passageOf(b));

/** The longest start both notes share, cut back to the end of a line (a guessed base). */
function sharedStart(a: string, b: string): string {
  if (b.startsWith(a)) return a;
  if (a.startsWith(b)) return b;
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  const cut = a.lastIndexOf('\n', n - 1);
  return cut < 0 ? '' : a.slice(0, cut);
}

/**
 * A base when the common ancestor's body is not known (a replica that never held it): only what both
 * sides share. Tags in both, the note both start with, the variants both keep; nothing looks removed.
 */
function sharedBase(a: LiveClipBody, b: LiveClipBody): LiveClipBody {
  const inB = new Set(b.tags.map(tagKey));
  const variantsInB = new Set(b.noteVariants.map((n) => n.text));
  return {
    ...a,
    tags: a.tags.filter((t) => inB.has(tagKey(t))),
    note: sharedStart(a.note, b.note),
    noteVariants: a.noteVariants.filter((n) => variantsInB.has(n.text)),
  };
}

/** Kept note versions: the winner's, plus what the other side added, minus what it resolved. */
function mergeVariants(base: NoteVariant[], winner: NoteVariant[], other: NoteVariant[]): NoteVariant[] {
  const texts = (list: NoteVariant[]) => new Set(list.map((n) => n.text));
  const inBase = texts(base);
  const inOther = texts(other);
  const resolvedByOther = new Set([...inBase].filter((t) => !inOther.has(t)));
  const kept = winner.filter((n) => !resolvedByOther.has(n.text));
  const have = texts(kept);
  const added = other.filter((n) => !inBase.has(n.text) && !have.has(n.text));
  return withinLimit([...kept, ...added]);
}

function mergeLive(base: LiveClipBody | null, winner: LiveClipBody, other: LiveClipBody): LiveClipBody {
  const known = base !== null;
  const b = base ?? sharedBase(winner, other);
  const otherNewer = other.updatedAt > winner.updatedAt;
  const edit: ClipEdit = { ...tagOps(b.tags, other.tags) };
  if (other.note !== b.note) edit.note = { base: b.note, text: other.note };
  const colourChanged = known ? other.colour !== b.colour : other.colour !== winner.colour;
  if (colourChanged && ((known && winner.colour === b.colour) || otherNewer)) edit.colour = other.colour;
  const merged = applyClipEdit(winner, edit, other.updatedAt, other.author);
  const passageChanged = known ? !samePassage(other, b) : !samePassage(other, winner);
  const takePassage = passageChanged && ((known && samePassage(winner, b)) || otherNewer);
  return {
    ...merged,
    ...(takePassage ? passageOf(other) : {}),
    noteVariants: mergeVariants(b.noteVariants, merged.noteVariants, other.noteVariants),
    updatedAt: Math.max(winner.updatedAt, other.updatedAt),
    author: otherNewer ? other.author : winner.author,
  };
}

/**
 * `winner` and `other` moved apart from `base` (null when its body is not known). A deletion wins over
 * an edit only when it is newer than the edit; two deletions keep the later one.
 */
export function mergeClip(base: ClipBody | null, winner: ClipBody, other: ClipBody): ClipBody {
  const wDead = isTombstone(winner);
  const oDead = isTombstone(other);
  if (wDead && oDead) return other.deletedAt > winner.deletedAt ? other : winner;
  if (wDead) return winner.deletedAt >= (other as LiveClipBody).updatedAt ? winner : other;
  if (oDead) return other.deletedAt >= winner.updatedAt ? other : winner;
  const liveBase = base && !isTombstone(base) ? base : null;
  return mergeLive(liveBase, winner, other);
}

/** Articles: the newer record's fields, every page URL either side knew, the first clipping date. */
export function mergeArticle(winner: ArticleBody, other: ArticleBody): ArticleBody {
  const [newer, older] =
    other.article.updatedAt > winner.article.updatedAt ? [other, winner] : [winner, other];
  const pageUrls = [...new Set([...newer.article.pageUrls, ...older.article.pageUrls])].slice(0, 100);
  return {
    ...newer,
    article: {
      ...newer.article,
      pageUrls,
      clippedAt: Math.min(newer.article.clippedAt, older.article.clippedAt),
    },
  };
}

/** A stored copy or a tag colour: the newer one. */
export function mergeNewer<T extends ContentBody | TagColourBody>(winner: T, other: T): T {
  return other.at > winner.at ? other : winner;
}

/** Two versions of any team document: the rule of its record kind (`base`: the common ancestor, if known). */
export function mergeBodies(base: Body | null, winner: Body, other: Body): Body {
  if (winner.record === 'clip' && other.record === 'clip')
    return mergeClip(base?.record === 'clip' ? base : null, winner, other);
  if (winner.record === 'article' && other.record === 'article') return mergeArticle(winner, other);
  if (winner.record === 'content' && other.record === 'content') return mergeNewer(winner, other);
  if (winner.record === 'tagcolour' && other.record === 'tagcolour') return mergeNewer(winner, other);
  return winner;
}
