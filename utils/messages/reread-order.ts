/**
 * A surface that both re-reads what it shows and follows the change feed must not let a re-read's
 * reply undo what it learnt since the re-read was sent. Replies can come back in any order (a page's
 * highlights are re-anchored in the tab before the reply is sent, in slices, slower in a busy or
 * background tab), and the feed's messages overtake them: a reply read before a "Highlight all" was
 * committed, arriving after it, showed the new highlights as unsaved again (the suggestions stayed
 * offered). So a reply older than one already shown is dropped, and the changes that arrived while a
 * re-read was in flight are applied again on top of its reply (applying a change twice is harmless:
 * older copies are ignored by version).
 */
export interface RereadOrder<Change> {
  /** A re-read is sent: returns its ticket. */
  start(): number;
  /** A change arrived from the feed (and was applied to what is shown). */
  changed(change: Change): void;
  /**
   * The re-read `ticket` answered: `null` if a newer re-read's reply is already shown (drop this one),
   * else the changes to apply on top of the reply, oldest first.
   */
  settle(ticket: number): Change[] | null;
}

export function rereadOrder<Change>(): RereadOrder<Change> {
  let issued = 0;
  let newestShown = 0;
  let seen = 0;
  /** For each re-read in flight, how many changes had been seen when it was sent. */
  const inFlight = new Map<number, number>();
  let log: { n: number; change: Change }[] = [];
  return {
    start() {
      issued++;
      inFlight.set(issued, seen);
      return issued;
    },
    changed(change) {
      seen++;
      if (inFlight.size > 0) log.push({ n: seen, change });
    },
    settle(ticket) {
      const from = inFlight.get(ticket);
      inFlight.delete(ticket);
      const oldest = Math.min(seen, ...inFlight.values());
      const replay = from === undefined ? [] : log.filter((e) => e.n > from).map((e) => e.change);
      log = log.filter((e) => e.n > oldest);
      if (from === undefined || ticket < newestShown) return null;
      newestShown = ticket;
      return replay;
    },
  };
}
