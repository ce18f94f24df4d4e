/**
 * Tags as removable chips plus an input with autocomplete from existing tags (ARIA 1.2 combobox with a
 * listbox popup). Shared by the popup and the library. Every change is reported at once through
 * `onChange`: callers save immediately, there is no save button.
 */
import type { HighlightColour } from '@/utils/vocabulary';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { addTags, splitTags, takeCompleteTags } from '@/utils/tags';
import { matchSuggestions, removeTagAt, type TagSuggestion } from './tag-editor-logic';

export interface TagEditorProps {
  tags: string[];
  onChange(tags: string[]): void;
  /** Existing tags, ordered by use (most used first). */
  suggestions: TagSuggestion[];
  /** Accessible name of the editor ("Tags for this clip"). */
  label: string;
  placeholder?: string;
  /** Tag → colour name the user chose in the library's tag manager (a dot on the chip). */
  colours?: Readonly<Record<string, HighlightColour>>;
  /** Take the keyboard focus on mount, with this text already typed (the in-page menu's keyboard path). */
  autoFocus?: { draft: string };
}

export function TagEditor({
  tags,
  onChange,
  suggestions,
  label,
  placeholder,
  colours,
  autoFocus,
}: TagEditorProps) {
  const { t } = useI18n();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const optionId = (i: number): string => `${baseId}-opt-${i}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(autoFocus?.draft ?? '');
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, []);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const options = open ? matchSuggestions(suggestions, draft, tags) : [];
  const expanded = options.length > 0;
  const activeOption = expanded && active >= 0 && active < options.length ? active : -1;

  function commit(incoming: string[]): void {
    const next = addTags(tags, incoming);
    if (next.length !== tags.length) onChange(next);
  }

  function accept(option: TagSuggestion): void {
    commit([option.tag]);
    setDraft('');
    setOpen(false);
    setActive(-1);
    inputRef.current?.focus();
  }

  function onInput(event: Event): void {
    const value = (event.currentTarget as HTMLInputElement).value;
    const { complete, rest } = takeCompleteTags(value);
    if (complete.length > 0) commit(complete);
    setDraft(rest);
    setOpen(rest.trim() !== '');
    setActive(-1);
  }

  function move(step: 1 | -1): void {
    const count = open ? options.length : matchSuggestions(suggestions, draft, tags).length;
    setOpen(true);
    if (count === 0) return;
    if (activeOption < 0) setActive(step === 1 ? 0 : count - 1);
    else setActive((activeOption + step + count) % count);
  }

  function onKeyDown(event: KeyboardEvent): void {
    // While an input method is composing (pinyin → 汉字), Enter and Backspace belong to the IME.
    if (event.isComposing || event.keyCode === 229) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        const chosen = activeOption >= 0 ? options[activeOption] : undefined;
        if (chosen) {
          event.preventDefault();
          accept(chosen);
        } else if (draft.trim() !== '') {
          event.preventDefault();
          commit(splitTags(draft));
          setDraft('');
          setOpen(false);
        }
        return;
      }
      case 'Tab': {
        const chosen = activeOption >= 0 ? options[activeOption] : undefined;
        if (chosen && !event.shiftKey) {
          event.preventDefault();
          accept(chosen);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          // Closing the list must not also close the popup or dialog around the editor.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        return;
      case 'Backspace':
        if (draft === '' && tags.length > 0) {
          event.preventDefault();
          onChange(removeTagAt(tags, tags.length - 1));
        }
        return;
    }
  }

  function onBlur(): void {
    // A tag typed but not yet entered is kept rather than silently lost when focus moves on.
    if (draft.trim() !== '') commit(splitTags(draft));
    setDraft('');
    setOpen(false);
    setActive(-1);
  }

  return (
    <div class="tag-editor" role="group" aria-label={label}>
      {tags.length > 0 && (
        <ul class="tag-chips">
          {tags.map((tag, index) => (
            <li key={tag} class="tag-chip" data-colour={colours?.[tag]}>
              {colours?.[tag] && <span class={`tag-swatch colour-${colours[tag]}`} aria-hidden="true" />}
              <span class="tag-chip-text">{tag}</span>
              <button
                type="button"
                class="tag-chip-remove"
                aria-label={t('tagEditorRemove', tag)}
                onClick={() => onChange(removeTagAt(tags, index))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="tag-combobox">
        <label class="visually-hidden" for={inputId}>
          {label}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          class="tag-input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption >= 0 ? optionId(activeOption) : undefined}
          placeholder={placeholder ?? t('tagEditorPlaceholder')}
          value={draft}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <ul id={listId} role="listbox" class="tag-listbox" aria-label={label} hidden={!expanded}>
          {options.map((option, index) => (
            <li
              key={option.tag}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeOption}
              class={index === activeOption ? 'tag-option active' : 'tag-option'}
              // Keep focus in the input so its blur does not commit the half-typed text first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => accept(option)}
            >
              <span>{option.tag}</span>
              <span class="tag-option-count muted">{t('tagEditorUses', option.count)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
