import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '@/utils/vocabulary';
import type { TagCount } from '@/utils/store/types';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { useI18n, type MessageKey } from '../i18n';
import { tagKey } from '@/utils/tags';

export const COLOUR_LABELS: Readonly<Record<HighlightColour, MessageKey>> = {
  yellow: 'libColourYellow',
  green: 'libColourGreen',
  blue: 'libColourBlue',
  pink: 'libColourPink',
  purple: 'libColourPurple',
};

interface Props {
  tags: TagCount[];
  /** Tag → colour name, from settings. */
  colours: Readonly<Record<string, HighlightColour>>;
  /** Tags or their colours changed: reload tags, settings and clips. */
  onChanged(): void;
  onFilter(tag: string): void;
  announce(text: string, error?: boolean): void;
}

/** Every tag with its count: rename, merge several into one, pick a colour, filter by it. */
export function TagManager({ tags, colours, onChanged, onFilter, announce }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameDraft, setRenameDraft] = useState('');
  const [forMerge, setForMerge] = useState<ReadonlySet<string>>(new Set());
  const [mergeTarget, setMergeTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const renameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (renaming === null) return;
    renameInput.current?.focus();
    renameInput.current?.select();
  }, [renaming]);

  async function run(action: () => Promise<string>): Promise<void> {
    setBusy(true);
    try {
      announce(await action());
      onChanged();
    } catch (e) {
      announce(errorMessage(e), true);
    } finally {
      setBusy(false);
    }
  }

  const rename = (from: string): Promise<void> =>
    run(async () => {
      const to = renameDraft.trim();
      setRenaming(null);
      if (to === '' || to === from) return t('libNothingChanged');
      const { count } = await api.call({ type: 'tags/rename', from, to });
      return t('libTagRenamed', from, to, count);
    });

  const merge = (): Promise<void> =>
    run(async () => {
      const target = mergeTarget.trim();
      const sources = [...forMerge].filter((tag) => tagKey(tag) !== tagKey(target));
      if (target === '' || sources.length === 0) return t('libNothingChanged');
      const { count } = await api.call({ type: 'tags/merge', sources, target });
      setForMerge(new Set());
      setMergeTarget('');
      return t('libTagsMerged', sources.length, target, count);
    });

  const colour = (tag: string, value: HighlightColour): Promise<void> =>
    run(async () => {
      await api.call({ type: 'tags/colour', tag, colour: value });
      return t('libTagColoured', tag, t(COLOUR_LABELS[value]));
    });

  function toggleMerge(tag: string, on: boolean): void {
    const next = new Set(forMerge);
    if (on) next.add(tag);
    else next.delete(tag);
    setForMerge(next);
  }

  if (tags.length === 0) {
    return <p class="muted">{t('libNoTags')}</p>;
  }

  return (
    <div class="tag-manager">
      <ul class="tag-items">
        {tags.map(({ tag, count }) => (
          <li key={tag} class="tag-item" data-testid="tag-item" data-tag={tag}>
            <div class="row">
              <input
                type="checkbox"
                aria-label={t('libTagPickForMerge', tag)}
                checked={forMerge.has(tag)}
                onChange={(event) => toggleMerge(tag, event.currentTarget.checked)}
              />
              <span class={`tag-swatch colour-${colours[tag] ?? 'none'}`} aria-hidden="true" />
              <button
                type="button"
                class="link tag-name"
                aria-label={t('libFilterByTag', tag)}
                onClick={() => onFilter(tag)}
              >
                {tag}
              </button>
              <span class="badge" aria-label={t('libTagCount', count)}>
                {count}
              </span>
              <button
                type="button"
                class="link"
                aria-label={t('libRenameTag', tag)}
                onClick={() => {
                  setRenaming(tag);
                  setRenameDraft(tag);
                }}
              >
                {t('libRename')}
              </button>
            </div>
            <div class="row palette" role="group" aria-label={t('libTagColour', tag)}>
              {HIGHLIGHT_COLOURS.map((value) => (
                <button
                  key={value}
                  type="button"
                  class={`swatch colour-${value}`}
                  aria-label={t(COLOUR_LABELS[value])}
                  aria-pressed={colours[tag] === value}
                  disabled={busy}
                  onClick={() => void colour(tag, value)}
                />
              ))}
            </div>
            {renaming === tag && (
              <form
                class="row"
                onSubmit={(event) => {
                  event.preventDefault();
                  void rename(tag);
                }}
              >
                <input
                  type="text"
                  aria-label={t('libRenameTo', tag)}
                  value={renameDraft}
                  onInput={(event) => setRenameDraft(event.currentTarget.value)}
                  onKeyDown={(event) => event.key === 'Escape' && setRenaming(null)}
                  ref={renameInput}
                />
                <button type="submit" disabled={busy}>
                  {t('libSave')}
                </button>
                <button type="button" onClick={() => setRenaming(null)}>
                  {t('libCancel')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {forMerge.size > 0 && (
        <form
          class="row merge-form"
          onSubmit={(event) => {
            event.preventDefault();
            void merge();
          }}
        >
          <label for="merge-target">{t('libMergeInto', forMerge.size)}</label>
          <input
            id="merge-target"
            type="text"
            list="merge-target-options"
            value={mergeTarget}
            onInput={(event) => setMergeTarget(event.currentTarget.value)}
          />
          <datalist id="merge-target-options">
            {[...forMerge].map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          <button type="submit" disabled={busy || mergeTarget.trim() === ''}>
            {t('libMerge')}
          </button>
        </form>
      )}
    </div>
  );
}
