import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

/** Pause in typing after which the search runs; Enter runs it at once. */
export const SEARCH_DELAY_MS = 300;

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
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

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

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function run(text: string): void {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    onSearch(text);
  }

  function onInput(event: Event): void {
    const text = (event.currentTarget as HTMLInputElement).value;
    setDraft(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => run(text), SEARCH_DELAY_MS);
  }

  return (
    <form
      role="search"
      class="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        run(draft);
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
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft !== '') {
            event.preventDefault();
            setDraft('');
            run('');
          }
        }}
      />
    </form>
  );
}
