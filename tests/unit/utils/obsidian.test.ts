/** "Open in Obsidian": the `obsidian://new` URI, safe folder and note names, the clipboard path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OBSIDIAN_URI_MAX,
  obsidianFolder,
  obsidianNewUri,
  obsidianNoteName,
  obsidianVault,
} from '@/utils/obsidian';

/** The URI's parameters as Obsidian reads them (it decodes each value once). */
function params(uri: string): Map<string, string> {
  expect(uri.startsWith('obsidian://new?')).toBe(true);
  const query = uri.slice('obsidian://new?'.length);
  return new Map(
    query.split('&').map((pair) => {
      const [k, v = ''] = pair.split('=');
      return [k!, decodeURIComponent(v)] as const;
    }),
  );
}

const note = {
  vault: 'Research',
  folder: 'Policy/国务院',
  name: '国务院办公厅关于印发政府网站发展指引的通知-简报-2026-12-05.md',
  content: '# 标题\n\n> 引文',
};

describe('obsidianNewUri', () => {
  it('creates the note in the vault and folder, CJK title and content intact', () => {
    const { uri, file, viaClipboard } = obsidianNewUri(note);
    expect(viaClipboard).toBe(false);
    expect(file).toBe('Policy/国务院/国务院办公厅关于印发政府网站发展指引的通知-简报-2026-12-05');
    const p = params(uri);
    expect([...p.keys()]).toEqual(['vault', 'file', 'content']);
    expect(p.get('vault')).toBe('Research');
    expect(p.get('file')).toBe(file);
    expect(p.get('content')).toBe(note.content);
  });

  it('encodes slashes, spaces and reserved characters as Obsidian asks (no raw & = / + ( ) in values)', () => {
    const { uri } = obsidianNewUri({
      vault: 'My vault & co',
      folder: 'a b',
      name: "it's (draft)*!",
      content: 'x=1&y=2 + 3 / 4 #tag',
    });
    const query = uri.slice('obsidian://new?'.length);
    expect(query).toContain('vault=My%20vault%20%26%20co');
    expect(query).toContain('file=a%20b%2Fit%27s%20%28draft%29-');
    expect(query.split('&')).toHaveLength(3);
    expect(query).not.toMatch(/[ +()!'*]/);
    expect(params(uri).get('content')).toBe('x=1&y=2 + 3 / 4 #tag');
  });

  it('leaves the vault out when none is set (Obsidian uses the vault open last)', () => {
    const p = params(obsidianNewUri({ ...note, vault: '  ' }).uri);
    expect(p.has('vault')).toBe(false);
    expect(p.get('file')).toMatch(/^Policy\/国务院\//);
  });

  it('sends a note too long for a URI through the clipboard', () => {
    const long = { ...note, content: '促进科技成果转化。'.repeat(300) };
    const { uri, viaClipboard } = obsidianNewUri(long);
    expect(viaClipboard).toBe(true);
    const p = params(uri);
    expect(p.get('clipboard')).toBe('true');
    expect(p.has('content')).toBe(false);
    expect(uri.length).toBeLessThan(OBSIDIAN_URI_MAX);
  });

  it('puts the content in the URI exactly up to the limit', () => {
    const head = obsidianNewUri({ ...note, content: '' }).uri.length;
    const fits = obsidianNewUri({ ...note, content: 'a'.repeat(OBSIDIAN_URI_MAX - head) });
    expect(fits.viaClipboard).toBe(false);
    expect(fits.uri.length).toBe(OBSIDIAN_URI_MAX);
    expect(obsidianNewUri({ ...note, content: 'a'.repeat(OBSIDIAN_URI_MAX - head + 1) }).viaClipboard).toBe(
      true,
    );
    // Encoded length counts: 9 characters for each Chinese character.
    expect(
      obsidianNewUri({ ...note, content: '中'.repeat(Math.ceil((OBSIDIAN_URI_MAX - head) / 9) + 1) })
        .viaClipboard,
    ).toBe(true);
  });

  it('never asks Obsidian to overwrite or append to an existing note', () => {
    for (const content of ['short', 'long '.repeat(1000)]) {
      const p = params(obsidianNewUri({ ...note, content }).uri);
      expect(p.has('overwrite')).toBe(false);
      expect(p.has('append')).toBe(false);
    }
  });

  it('survives text no URI encoder accepts (lone surrogates)', () => {
    const { uri } = obsidianNewUri({ ...note, name: 'a\ud800b', content: 'x\udc00y' });
    expect(params(uri).get('content')).toBe('x\ufffdy');
  });
});

describe('obsidianFolder', () => {
  it('keeps nested folders, Chinese included, and trims slashes', () => {
    expect(obsidianFolder('/Policy Clipper/政策简报/')).toBe('Policy Clipper/政策简报');
    expect(obsidianFolder('a\\b\\c')).toBe('a/b/c');
    expect(obsidianFolder('')).toBe('');
  });

  it('never leaves the vault or writes into hidden folders', () => {
    expect(obsidianFolder('../../etc')).toBe('etc');
    expect(obsidianFolder('a/../b/./c')).toBe('a/b/c');
    expect(obsidianFolder('.obsidian/plugins')).toBe('obsidian/plugins');
    expect(obsidianFolder('.trash')).toBe('trash');
    expect(obsidianFolder('...')).toBe('');
  });

  it('replaces what an OS or Obsidian links cannot have', () => {
    expect(obsidianFolder('a:b|c#d^e[f]g?h*i"j<k>l')).toBe('a-b-c-d-e-f-g-h-i-j-k-l');
    expect(obsidianFolder('tab\there/nul\u0000x')).toBe('tab-here/nul-x');
    expect(obsidianFolder('con/aux')).toBe('_con/_aux');
  });

  it('caps the depth', () => {
    expect(obsidianFolder('1/2/3/4/5/6/7/8/9/10').split('/')).toHaveLength(8);
  });

  it('gives a safe vault path for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const folder = obsidianFolder(raw);
        for (const level of folder ? folder.split('/') : []) {
          expect(level).not.toBe('');
          expect(level).not.toMatch(/^\./);
          expect(level).not.toMatch(/[\\:*?"<>|#^[\]\u0000-\u001f]/);
          expect(new TextEncoder().encode(level).length).toBeLessThanOrEqual(121);
        }
      }),
    );
  });
});

describe('obsidianNoteName and obsidianVault', () => {
  it('drops .md and keeps CJK; falls back when nothing is left', () => {
    expect(obsidianNoteName('国办发〔2017〕47号 解读.md')).toBe('国办发〔2017〕47号 解读');
    expect(obsidianNoteName('[[a]] #b ^c |d')).toBe('a- -b -c -d');
    expect(obsidianNoteName(' ... ')).toBe('Policy Clipper');
    expect(new TextEncoder().encode(obsidianNoteName('很长的标题'.repeat(40))).length).toBeLessThanOrEqual(
      121,
    );
  });

  it('reads a vault name as one trimmed line', () => {
    expect(obsidianVault('  My\nVault\u0000 ')).toBe('My Vault');
  });
});
