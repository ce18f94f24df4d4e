/**
 * "Open in Obsidian": a note created in the user's vault through Obsidian's `new` URI action
 * (help.obsidian.md, "Obsidian URI"): `obsidian://new?vault=…&file=folder/name&content=…`. `vault` is
 * the vault's name or id (left out: Obsidian uses the vault open last); `file` a path from the vault's
 * root. A note whose URI would be too long for the browser and the OS to hand over is sent through the
 * clipboard instead: the caller copies the Markdown first, and the URI says `clipboard=true` (Obsidian
 * 1.7.2+ reads the note's content from the clipboard). We never ask Obsidian to `overwrite` or `append`.
 *
 * Every value is percent-encoded as the Obsidian docs require (`/` as `%2F`, spaces as `%20`, and
 * `!'()*` too), so no character of a title or a folder can add a parameter or end one early.
 */
import { safeFileStem } from './brief/file-name';

/**
 * The longest URI handed to the OS with the content in it. Chrome on Windows gives up on external
 * protocol URLs past about 2,000 characters (the Obsidian Web Clipper's reports, 2024); Chinese text
 * costs 9 characters a character once encoded, so most briefs go through the clipboard.
 */
export const OBSIDIAN_URI_MAX = 2_000;

/** At most this many bytes of UTF-8 per folder level and for the note's name (Obsidian shows them). */
const NAME_MAX_BYTES = 120;
const FOLDER_MAX_LEVELS = 8;
const VAULT_MAX = 200;
const FALLBACK_NAME = 'Policy Clipper';

/**
 * What Obsidian cannot have in a file or folder name, beyond what every OS forbids (`safeFileStem`):
 * `#`, `^`, `[`, `]` and `|` break its links (`[[note#heading]]`, `^block`, `[[note|alias]]`).
 */
const OBSIDIAN_UNSAFE = /[#^[\]|]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One name (a folder level, or the note): safe for every OS and for Obsidian's links. Never hidden:
 * `safeFileStem` trims leading dots (a dot hides a file, and `.obsidian` is the vault's configuration).
 */
function safeName(raw: string, fallback: string): string {
  return safeFileStem(raw.replace(OBSIDIAN_UNSAFE, '-'), NAME_MAX_BYTES, fallback);
}

/**
 * The folder as a vault path: levels split on `/` or `\`, each made safe, `.`/`..` and empty levels
 * dropped (a note never leaves the vault or lands in its hidden folders), at most 8 levels; '' is the
 * vault's root.
 */
export function obsidianFolder(raw: string): string {
  return raw
    .split(/[/\\]+/)
    .map((level) => level.trim())
    .filter((level) => level !== '' && !/^\.+$/.test(level))
    .map((level) => safeName(level, ''))
    .filter(Boolean)
    .slice(0, FOLDER_MAX_LEVELS)
    .join('/');
}

/** The note's file name, without `.md` (Obsidian adds it). */
export function obsidianNoteName(raw: string): string {
  return safeName(raw.replace(/\.md$/i, ''), FALLBACK_NAME);
}

/** A vault name as typed: one line, no control characters, trimmed; '' means "the vault open last". */
export function obsidianVault(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .trim()
    .slice(0, VAULT_MAX);
}

/** `encodeURIComponent`, with the reserved characters it leaves alone encoded too. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export interface ObsidianNote {
  /** Vault name or id; '' for the vault Obsidian has open. */
  vault: string;
  /** Folder in the vault (as the user typed it: it is made safe here); '' for the root. */
  folder: string;
  /** The note's name (a brief's file name will do: `.md` is dropped). */
  name: string;
  /** The note's Markdown. */
  content: string;
}

export interface ObsidianLaunch {
  /** The `obsidian://new` URI to open. */
  uri: string;
  /** The vault path of the note (`folder/name`), for telling the user where it went. */
  file: string;
  /** True when the content is not in the URI: copy `content` to the clipboard before opening it. */
  viaClipboard: boolean;
}

/** The URI that creates `note`, with its content in it when it fits in `maxChars`, else via the clipboard. */
export function obsidianNewUri(note: ObsidianNote, maxChars = OBSIDIAN_URI_MAX): ObsidianLaunch {
  const folder = obsidianFolder(note.folder);
  const name = obsidianNoteName(note.name);
  const file = folder ? `${folder}/${name}` : name;
  const vault = obsidianVault(note.vault);
  const head = `obsidian://new?${vault ? `vault=${encode(vault)}&` : ''}file=${encode(file)}`;
  const withContent = `${head}&content=${encode(note.content)}`;
  if (withContent.length <= maxChars) return { uri: withContent, file, viaClipboard: false };
  return { uri: `${head}&clipboard=true`, file, viaClipboard: true };
}
