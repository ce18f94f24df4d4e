import { figurePieces } from '@/utils/clip-figure';
import type { ClipRecord } from '@/utils/store/types';
import { Highlighted } from './library/Highlighted';

interface Props {
  clip: Pick<ClipRecord, 'quote' | 'figure'>;
  /** Matched search terms; empty when there is no search. */
  terms: readonly string[];
}

/** A clip's quote, its figure (when saved with its statement) in bold; every piece a text node. */
export function FigureQuote({ clip, terms }: Props) {
  const pieces = figurePieces(clip);
  if (!pieces) return <Highlighted text={clip.quote} terms={terms} />;
  return (
    <>
      <Highlighted text={pieces.before} terms={terms} />
      <strong class="figure-value" data-testid="clip-figure">
        <Highlighted text={pieces.figure} terms={terms} />
      </strong>
      <Highlighted text={pieces.after} terms={terms} />
    </>
  );
}
