/**
 * How long an Undo is offered after a delete, in the library's undo bar and in the page's toast alike.
 * The trash keeps deleted clips far longer (the library can bring them back by id); this is only how
 * long the one-click Undo stays on screen.
 */
export const UNDO_WINDOW_MS = 10_000;
