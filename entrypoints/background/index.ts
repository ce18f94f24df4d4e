import { createBackupUploads } from './backup-uploads';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardKey } from '@/utils/messages/card-cache';
import { openStore, StoreError, type ClipStore } from '@/utils/store';
import type { BackgroundDeps } from './deps';
import { browserBriefRenderer } from './brief-renderer';
import { browserDownloadPort } from './download-port';
import { backgroundError } from './errors';
import { createHandlers } from './handlers';
import { createMenus, highlightSelection, onMenuClick } from './menus';
import { listenForToolbarClicks, openPanel, setToolbar } from './side-panel';
import { createRouter } from './router';
import { browserSettingsPort } from './settings-port';
import { browserPdfRules } from './pdf-rules';
import { browserTabPort } from './tab-port';
import { createPageRefresher } from './page-refresh';
import { createBroadcaster } from './change-broadcast';
import { createUiSessions } from '@/utils/ui-sessions';
import { createTeamSync, type TeamSync } from './team-sync';

/** Deleted clips stay recoverable this long (undo, and "I deleted that by mistake last week"). */
const TRASH_KEEP_MS = 30 * 86_400_000;
/** The one-shot team sync while no extension page keeps the worker alive (minutes). */
const TEAM_SYNC_ALARM = 'team-sync';
const TEAM_SYNC_MINUTES = 5;

function startBackground(): void {
  // The database opens lazily on the first message and stays open while the worker lives; a failed
  // open is retried on the next message instead of poisoning the worker.
  let opening: Promise<ClipStore> | null = null;
  const tabs = browserTabPort();
  const broadcaster = createBroadcaster(browser.runtime.getURL('/'));
  browser.runtime.onConnect.addListener((port) => broadcaster.accept(port));
  // Set right below: store writes are recorded into the team replica once the space is resumed.
  let team: TeamSync | null = null;
  const store = (): Promise<ClipStore> =>
    (opening ??= openStore(indexedDB, {
      onChange: (change) => {
        broadcaster.publish(change);
        pages.changed(change);
        team?.recordLocal(change);
      },
    }).catch((e: unknown) => {
      opening = null;
      throw e;
    }));

  const pages = createPageRefresher(tabs, store);
  const settings = browserSettingsPort(() => {
    broadcaster.publish({ settings: true });
    team?.recordColours();
  });
  const deps: BackgroundDeps = {
    store,
    tabs,
    pages,
    download: browserDownloadPort(),
    settings,
    storage: {
      persisted: async () => (await navigator.storage?.persisted?.()) ?? false,
      estimate: async () => {
        const e = await navigator.storage?.estimate?.();
        return { usage: e?.usage ?? null, quota: e?.quota ?? null };
      },
    },
    now: () => Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
    ownOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    analyses: new Map(),
    cards: {
      put: (tabId, card) => browser.storage.session.set({ [cardKey(tabId)]: card }),
      drop: (tabId) => browser.storage.session.remove(cardKey(tabId)),
    },
    renderBrief: browserBriefRenderer(),
    ui: createUiSessions(() => Date.now()),
    team: {
      status: () => teamSync().status(),
      join: (space) => teamSync().join(space),
      leave: () => teamSync().leave(),
      resume: () => teamSync().resume(),
    },
    panel: { setToolbar, clipClicked: (tabId, clipId) => broadcaster.clipClicked(tabId, clipId) },
    pdfRules: browserPdfRules(settings),
    uploads: createBackupUploads(Date.now),
  };
  function teamSync(): TeamSync {
    return (team ??= createTeamSync({
      store,
      settings: deps.settings,
      local: {
        get: (key) => browser.storage.local.get(key),
        set: (items) => browser.storage.local.set(items),
        remove: (key) => browser.storage.local.remove(key),
      },
      fetch: (url, init) => fetch(url, init),
      now: () => Date.now(),
      onStatus: (status) => broadcaster.teamStatus(status),
    }));
  }
  // Chrome keeps dynamic rules across restarts and updates; syncing whenever the worker starts (an
  // install or update starts it too) makes them match the setting even after a failed write.
  void deps.pdfRules.sync().catch(() => undefined);
  // A stored team space resumes whenever the worker starts (a message, an alarm, the browser starting).
  void teamSync()
    .resume()
    .catch(() => undefined);
  void browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: TEAM_SYNC_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_SYNC_ALARM)
      void teamSync()
        .resume()
        .catch(() => undefined);
  });
  const handlers = createHandlers(deps);
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/' as '/popup.html') };
  const route = createRouter(handlers, self, (e) => {
    // An unexplained database failure may mean the browser closed the connection: reopen on the next
    // message rather than failing every message until the worker restarts.
    if (e instanceof StoreError && e.code === 'unknown') opening = null;
    return backgroundError(e);
  });

  const menuClick = onMenuClick(deps, handlers.page);
  const command = (name: string, tab?: { id?: number; windowId?: number }): void => {
    if (name === 'highlight-selection' && tab?.id !== undefined)
      void highlightSelection(deps, handlers.page, tab.id, false);
    if (name === 'open-side-panel') void openPanel(tab).catch(() => undefined);
  };
  // What the toolbar button opens is the user's setting (the browser forgets it on restart).
  const applyToolbar = (): void =>
    void deps.settings
      .get()
      .then((s) => setToolbar(s.toolbar))
      .catch(() => undefined);
  listenForToolbarClicks();
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.contextMenus.onClicked.addListener(menuClick);
  browser.commands.onCommand.addListener(command);
  // Browsers give automation no way to click a context-menu item or press an extension shortcut, so
  // the real-browser tests play the browser's part through these (reachable only from the worker
  // itself). Only in builds for those tests: `npm run build` drops this code (a test greps for it).
  if (typeof __POLICY_CLIPPER_E2E__ !== 'undefined' && __POLICY_CLIPPER_E2E__)
    Object.assign(globalThis, { policyClipperBrowserEvents: { menuClick, command } });
  // A navigation (or a reload) makes the tab's last analysis and card stale.
  const forgetTab = (tabId: number): void => {
    deps.analyses.delete(tabId);
    void deps.cards.drop(tabId).catch(() => undefined);
  };
  browser.tabs.onRemoved.addListener(forgetTab);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) forgetTab(tabId);
  });
  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    applyToolbar();
    // Ask the browser not to evict the library under storage pressure (the library page shows the answer).
    void navigator.storage?.persist?.();
  });
  browser.runtime.onStartup.addListener(() => {
    applyToolbar();
    void store().then((s) => s.purgeTrash(Date.now() - TRASH_KEEP_MS));
  });
}

// Firefox (MV2) runs it as an event page, unloaded when idle as Chrome stops its service worker: both
// browsers run the background the same way (state lives in IndexedDB and storage, never in memory).
export default defineBackground({ persistent: false, main: startBackground });
