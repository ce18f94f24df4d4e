/**
 * A tag's colour (chosen in the library's tag manager, kept in settings) follows the tag when it is
 * renamed or merged: the target keeps its own colour when it has one, else takes the first source's
 * that has one. Built with `Object.fromEntries` so a tag named `__proto__` is a plain key.
 */
export function moveTagColours<C extends string>(
  colours: Readonly<Record<string, C>>,
  sources: readonly string[],
  target: string,
): Record<string, C> {
  const moved = new Set(sources);
  const own = Object.hasOwn(colours, target) ? colours[target] : undefined;
  const inherited =
    own ??
    sources.map((s) => (Object.hasOwn(colours, s) ? colours[s] : undefined)).find((c) => c !== undefined);
  const kept = Object.entries(colours).filter(([tag]) => !moved.has(tag) && tag !== target);
  return Object.fromEntries(inherited === undefined ? kept : [...kept, [target, inherited]]);
}
