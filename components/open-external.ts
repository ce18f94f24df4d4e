/**
 * Hands a URI of another application (`obsidian://new?…`) to the browser, which asks the OS to open
 * it (Chrome and Firefox show their "Open Obsidian?" prompt the first time). A link followed from the
 * page, not a navigation of the page: the popup or library stays where it is whether or not the
 * application is installed. The link is in the document while it is clicked (older engines follow
 * only attached links).
 */
export function openExternal(uri: string): void {
  const link = document.createElement('a');
  link.href = uri;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
