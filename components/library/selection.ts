/**
 * Which clips are selected for a bulk action. A selection may hold clips from every page of results
 * ("select all results"), so it is a set of ids, not of rows; the anchor is the last clicked clip, where
 * a shift-click range starts.
 */

export interface Selection {
  readonly ids: ReadonlySet<string>;
  readonly anchor: string | null;
}

export const EMPTY_SELECTION: Selection = Object.freeze({ ids: new Set<string>(), anchor: null });

/**
 * A click on a clip's checkbox. Plain: toggles that clip. With shift, after an earlier click on the same
 * list: every clip from the anchor to this one takes the state this one is switched to (as in mail
 * clients), so a range can be selected and also unselected.
 */
export function clickClip(
  selection: Selection,
  id: string,
  visibleIds: readonly string[],
  shift: boolean,
): Selection {
  const selecting = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  const from = shift && selection.anchor !== null ? visibleIds.indexOf(selection.anchor) : -1;
  const to = visibleIds.indexOf(id);
  if (from >= 0 && to >= 0) {
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    for (const rangeId of visibleIds.slice(lo, hi + 1)) {
      if (selecting) ids.add(rangeId);
      else ids.delete(rangeId);
    }
  } else if (selecting) {
    ids.add(id);
  } else {
    ids.delete(id);
  }
  return { ids, anchor: id };
}

/** Every clip of the results (the ids `clips/ids` returned for the current filters). */
export function selectAll(ids: readonly string[]): Selection {
  return { ids: new Set(ids), anchor: null };
}

/** Adds or removes every clip shown on this page. */
export function setPage(selection: Selection, pageIds: readonly string[], selected: boolean): Selection {
  const ids = new Set(selection.ids);
  for (const id of pageIds) {
    if (selected) ids.add(id);
    else ids.delete(id);
  }
  return { ids, anchor: null };
}

export function clearSelection(): Selection {
  return EMPTY_SELECTION;
}

/** The selection without clips that no longer exist (after a delete). */
export function withoutIds(selection: Selection, removed: readonly string[]): Selection {
  const gone = new Set(removed);
  const ids = new Set([...selection.ids].filter((id) => !gone.has(id)));
  const anchor = selection.anchor !== null && gone.has(selection.anchor) ? null : selection.anchor;
  return { ids, anchor };
}

/** Selected ids in a stable order (the order they were selected), as requests want an array. */
export function selectedIds(selection: Selection): string[] {
  return [...selection.ids];
}
