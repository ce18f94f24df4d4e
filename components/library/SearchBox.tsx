import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

interface Props {
  /** The search in effect (changes from outside, e.g. "clear filters", replace the typed text). */
  value: string;
  onSearch(text: string): void;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The library's search field. `/` anywhere on the page (outside a text field) focuses it. */
export function SearchBox({ value, onSearch }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => setDraft(value), [value]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Every keystroke searches at once (the store answers a 10,000-clip search in a few ms; a slower
  // earlier answer never replaces a newer one). While an input method is composing (pinyin before
  // the characters are chosen) the field holds Latin letters the user is not searching for: wait for
  // the composition to end.
  function onInput(event: Event): void {
    const text = (event.currentTarget as HTMLInputElement).value;
    setDraft(text);
    if (!(event as InputEvent).isComposing) onSearch(text);
  }

  return (
    <form
      role="search"
      class="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <label class="visually-hidden" for="library-search">
        {t('libSearchLabel')}
      </label>
      <input
        ref={inputRef}
        id="library-search"
        type="search"
        data-testid="search"
        placeholder={t('libSearchPlaceholder')}
        aria-keyshortcuts="/"
        value={draft}
        onInput={onInput}
        onCompositionEnd={(event) => onSearch(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft !== '') {
            event.preventDefault();
            setDraft('');
            onSearch('');
          }
        }}
      />
    </form>
  );
}
