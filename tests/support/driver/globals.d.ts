// Code that scenarios and benches send into extension pages and Chromium's service worker may use the
// `chrome` namespace there (Firefox extension pages have it too, beside `browser`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
