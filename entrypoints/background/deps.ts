/**
 * Everything the background's handlers need from the outside world, as plain interfaces: the real
 * implementations wrap `browser.*` (see `index.ts`); tests pass fakes and call handlers directly.
 */
import type { PageRefresher } from './page-refresh';
import type { BackupUploads } from './backup-uploads';
import type { CachedCard } from '@/utils/messages/card-cache';
import type { PageAnalysis } from '@/utils/page-analysis';
import type { ClipStore } from '@/utils/store';
import type { BriefRenderer } from './brief-renderer';
import type { DownloadPort } from './download-port';
import type { TabPort } from './tab-port';
import type { SettingsStore } from '@/utils/settings';
import type { UiSessions } from '@/utils/ui-sessions';
import type { SyncStatus, TeamSpace } from '@/utils/sync/team-space';
import type { ToolbarTarget } from '@/utils/vocabulary';

export type SettingsPort = SettingsStore;

export interface StorageInfoPort {
  persisted(): Promise<boolean>;
  estimate(): Promise<{ usage: number | null; quota: number | null }>;
}

/** Per-tab article cards in `storage.session` (see `utils/messages/card-cache.ts`). */
export interface CardCachePort {
  put(tabId: number, card: CachedCard): Promise<void>;
  drop(tabId: number): Promise<void>;
}

/** The team space as the handlers use it (`team-sync.ts`). */
export interface TeamPort {
  status(): SyncStatus;
  join(space: TeamSpace): Promise<SyncStatus>;
  leave(): Promise<SyncStatus>;
  resume(): Promise<SyncStatus>;
}

/** The side panel (Chrome) or sidebar (Firefox), as far as handlers need it (see `side-panel.ts`). */
export interface PanelPort {
  /** Makes the toolbar button open the popup or the panel. */
  setToolbar(target: ToolbarTarget): Promise<void>;
  /** Tells open panels that the user clicked one of a tab's highlights in the page. */
  clipClicked(tabId: number, clipId: string): void;
}

/** "Open PDFs in the reader" (`utils/pdf/auto-open.ts`): Chrome's redirect rule, kept to the setting. */
export interface PdfRulesPort {
  /** Whether this browser offers the option at all (`pdfAutoOpenOffered`). */
  offered: boolean;
  /** Makes the browser's rule match the stored setting (a no-op where it is not offered). */
  sync(): Promise<void>;
}

export interface BackgroundDeps {
  store: () => Promise<ClipStore>;
  tabs: TabPort;
  download: DownloadPort;
  settings: SettingsPort;
  storage: StorageInfoPort;
  now: () => number;
  /** The user's time zone, for dates printed in briefs. */
  timeZone: string;
  /** Tells open pages about changes made elsewhere (`page-refresh.ts`); learns which tab shows what. */
  pages: Pick<PageRefresher, 'track'>;
  /** This extension's origin (`chrome-extension://<id>`): briefs may link its saved-copy pages. */
  ownOrigin: string;
  /** Renders a brief (where a DOM parser is available for full texts: see `brief-renderer.ts`). */
  renderBrief: BriefRenderer;
  /**
   * The last analysis of each tab, so that clicking a suggestion does not re-run the extractor. Keyed by
   * tab id; an entry is used only while the tab still shows the same URL.
   */
  analyses: Map<number, { url: string; analysis: PageAnalysis }>;
  cards: CardCachePort;
  /** In-page UI sessions (`utils/ui-sessions.ts`): in memory, a token lives a minute at most. */
  ui: UiSessions;
  team: TeamPort;
  panel: PanelPort;
  pdfRules: PdfRulesPort;
  /** Backups arriving in parts until they are imported. */
  uploads: BackupUploads;
}
