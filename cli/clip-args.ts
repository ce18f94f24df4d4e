/** `clip [PAGE.html|FILE.pdf] [--url URL] [--format md|json|csl|ris|bibtex]` → options, or the one line that explains the mistake. */

export type ClipFormat = 'md' | 'json' | 'csl' | 'ris' | 'bibtex';

export interface ClipArgs {
  /** Path of the saved page, or null for the bundled sample article. */
  page: string | null;
  url: string | null;
  format: ClipFormat;
  help: boolean;
}

export type ParsedClipArgs = { ok: true; args: ClipArgs } | { ok: false; message: string };

const FORMATS: readonly ClipFormat[] = ['md', 'json', 'csl', 'ris', 'bibtex'];
const URL_SCHEMES = ['http:', 'https:', 'file:'];

export const CLIP_USAGE =
  'usage: npm run --silent clip -- [PAGE.html|FILE.pdf] [--url URL] [--format md|json|csl|ris|bibtex]';

function isFormat(value: string): value is ClipFormat {
  return (FORMATS as readonly string[]).includes(value);
}

function validUrl(value: string): boolean {
  try {
    return URL_SCHEMES.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function parseClipArgs(argv: readonly string[]): ParsedClipArgs {
  const args: ClipArgs = { page: null, url: null, format: 'md', help: false };
  const pages: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--help' || flag === '-h') {
      args.help = true;
    } else if (flag === '--url' || flag === '--format') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, message: `${flag} needs a value` };
      if (flag === '--url') {
        if (!validUrl(value))
          return { ok: false, message: `--url must be an absolute http(s) or file URL, got "${value}"` };
        args.url = value;
      } else {
        if (!isFormat(value))
          return { ok: false, message: `unknown --format "${value}" (use ${FORMATS.join(', ')})` };
        args.format = value;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, message: `unknown option ${flag}` };
    } else {
      pages.push(arg);
    }
  }
  if (pages.length > 1)
    return { ok: false, message: `expected at most one PAGE.html or FILE.pdf, got ${pages.length}` };
  args.page = pages[0] ?? null;
  return { ok: true, args };
}
