import { splitByTerms } from './emphasis';

interface Props {
  text: string;
  /** Matched search terms; empty when there is no search. */
  terms: readonly string[];
}

/** Text with search matches in `<mark>`: every piece is a text node, never HTML. */
export function Highlighted({ text, terms }: Props) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {splitByTerms(text, terms).map((piece, i) =>
        piece.match ? (
          <mark key={i} class="match">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
