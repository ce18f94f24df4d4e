import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  value: string;
  label: string;
  placeholder?: string;
  /**
   * Persists the note; called shortly after typing stops, on blur, and when the page is closing, with
   * the note this edit started from (`base`): the store merges it with what others wrote meanwhile.
   */
  onSave: (note: string, base: string) => void | Promise<void>;
}

/** Quiet time before a note is saved while typing: every pause is saved, no save button. */
const DEBOUNCE_MS = 250;

/**
 * A note that saves itself. Pending text is flushed on blur and on `pagehide`, so closing the popup
 * mid-sentence keeps what was typed.
 */
export function NoteEditor({ value, label, placeholder, onSave }: Props) {
  const [text, setText] = useState(value);
  const saved = useRef(value);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(value);
  // The pagehide listener outlives renders: it must call the current onSave, not the first one.
  const save = useRef(onSave);
  save.current = onSave;

  const flush = (): void => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    if (latest.current !== saved.current) {
      const base = saved.current;
      saved.current = latest.current;
      void save.current(latest.current, base);
    }
  };

  useEffect(() => {
    // A different clip or an outside change: show it, unless the user is mid-edit.
    if (pending.current === null) {
      setText(value);
      saved.current = value;
      latest.current = value;
    }
  }, [value]);

  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return (
    <label class="note-editor">
      <span class="visually-hidden">{label}</span>
      <textarea
        value={text}
        placeholder={placeholder}
        aria-label={label}
        rows={2}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          latest.current = next;
          if (pending.current) clearTimeout(pending.current);
          pending.current = setTimeout(flush, DEBOUNCE_MS);
        }}
        onBlur={flush}
      />
    </label>
  );
}
