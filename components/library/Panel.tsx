import type { ComponentChildren } from 'preact';

/** A card of the library's side column, named for its heading (the team card is also a link target). */
export function Panel({
  name,
  heading,
  anchor,
  children,
}: {
  name: string;
  heading: string;
  anchor?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="card panel" id={anchor} aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`} class="panel-heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}
