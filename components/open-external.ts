/**
 * Hands a URI of another application (`obsidian://new?…`) to the browser, which asks the OS to open
 * it (Chrome and Firefox show their "Open Obsidian?" prompt the first time). A link followed in the
 * page, not a navigation of the page: the popup or library stays where it is whether or not the
 * application is installed.
 */
export function openExternal(uri: string): void {
  const link = document.createElement('a');
  link.href = uri;
  link.rel = 'noopener';
  link.click();
}
