import { describe, expect, it } from 'vitest';
import { rereadOrder } from '@/utils/messages/reread-order';

describe('rereadOrder', () => {
  it('drops a reply older than one already shown, and replays the changes a reply has not seen', () => {
    const order = rereadOrder<string>();
    const first = order.start(); // sent before "Highlight all" was committed
    order.changed('highlight-all'); // the feed: applied at once
    const second = order.start(); // sent after the save answered
    expect(order.settle(second)).toEqual([]); // it read the save: nothing to replay
    // The first reply comes back last: it must not show the saved highlights as unsaved again.
    expect(order.settle(first)).toBeNull();
  });

  it('applies changes that crossed a reply on top of it, in order, once the reply is the newest', () => {
    const order = rereadOrder<string>();
    order.changed('before'); // not in flight: nothing kept
    const ticket = order.start();
    order.changed('edit 1');
    order.changed('edit 2');
    expect(order.settle(ticket)).toEqual(['edit 1', 'edit 2']);
    // Nothing in flight: the log is emptied, and later re-reads replay only their own changes.
    const next = order.start();
    order.changed('edit 3');
    expect(order.settle(next)).toEqual(['edit 3']);
  });

  it('replays to an older reply arriving first what it missed, and keeps the log for the newer one', () => {
    const order = rereadOrder<string>();
    const a = order.start();
    order.changed('x');
    const b = order.start();
    order.changed('y');
    expect(order.settle(a)).toEqual(['x', 'y']);
    expect(order.settle(b)).toEqual(['y']);
    expect(order.settle(b)).toBeNull(); // an unknown ticket
  });
});
