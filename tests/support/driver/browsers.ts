/**
 * The browsers the end-to-end suites run in, a vitest project each. Free of imports: the vitest config
 * loads this file itself.
 */
export const BROWSERS = ['chromium', 'firefox'] as const;

export type BrowserName = (typeof BROWSERS)[number];
