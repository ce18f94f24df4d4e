// @vitest-environment jsdom
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagEditor } from '@/components/TagEditor';
import type { TagSuggestion } from '@/components/tag-editor-logic';
import { buttonNamed, click, mount, press, typeInto, type Locale, type Mounted } from './harness';

const SUGGESTIONS: TagSuggestion[] = [
  { tag: '科技金融', count: 10 },
  { tag: 'Tax credit', count: 7 },
  { tag: '科技', count: 5 },
  { tag: '金融科技', count: 3 },
  { tag: 'green finance', count: 2 },
];

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** A caller that keeps the tags in state, as the popup and library do, recording every change. */
function setup(initial: string[] = [], locale: Locale = 'en') {
  const changes: string[][] = [];
  function Host() {
    const [tags, setTags] = useState(initial);
    return (
      <TagEditor
        tags={tags}
        suggestions={SUGGESTIONS}
        label="Tags for this clip"
        onChange={(next) => {
          changes.push(next);
          setTags(next);
        }}
      />
    );
  }
  mounted = mount(<Host />, { locale });
  const root = mounted.container;
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const chips = (): string[] =>
    [...root.querySelectorAll('.tag-chip-text')].map((el) => el.textContent ?? '');
  const options = (): string[] =>
    [...root.querySelectorAll('[role="option"]')].map((el) => el.firstElementChild?.textContent ?? '');
  return { root, input, chips, options, changes };
}

describe('TagEditor', () => {
  it('adds the typed tag on Enter, trimmed, and reports it at once', () => {
    const { input, chips, changes } = setup();
    typeInto(input, '  科技金融  ');
    const enter = press(input, 'Enter');
    expect(chips()).toEqual(['科技金融']);
    expect(changes).toEqual([['科技金融']]);
    expect(input.value).toBe('');
    expect(enter.defaultPrevented).toBe(true);
  });

  it('splits on ASCII and full-width commas while typing, keeping the unfinished part', () => {
    const { input, chips } = setup();
    typeInto(input, '绿色金融，普惠金融, 小微');
    expect(chips()).toEqual(['绿色金融', '普惠金融']);
    expect(input.value).toBe(' 小微');
    press(input, 'Enter');
    expect(chips()).toEqual(['绿色金融', '普惠金融', '小微']);
  });

  it('ignores duplicates, case-insensitively', () => {
    const { input, chips, changes } = setup(['Tax credit']);
    typeInto(input, 'tax CREDIT');
    press(input, 'Enter');
    expect(chips()).toEqual(['Tax credit']);
    expect(changes).toEqual([]);
  });

  it('removes the last tag on Backspace in an empty input, not while text is typed', () => {
    const { input, chips, changes } = setup(['a', 'b']);
    typeInto(input, 'x');
    press(input, 'Backspace');
    expect(chips()).toEqual(['a', 'b']);
    typeInto(input, '');
    press(input, 'Backspace');
    expect(chips()).toEqual(['a']);
    expect(changes).toEqual([['a']]);
  });

  it('removes a tag with its labelled remove button', () => {
    const { root, chips } = setup(['科技金融', 'tax']);
    click(buttonNamed(root, 'Remove tag 科技金融'));
    expect(chips()).toEqual(['tax']);
  });

  it('suggests existing tags: prefix matches first, then inner matches, each by use; minus tags already there', () => {
    const { input, options } = setup(['科技']);
    typeInto(input, '科技');
    expect(options()).toEqual(['科技金融', '金融科技']);
    typeInto(input, '金融');
    expect(options()).toEqual(['金融科技', '科技金融']);
    typeInto(input, 'TAX');
    expect(options()).toEqual(['Tax credit']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves through suggestions with the arrow keys and accepts with Enter', () => {
    const { root, input, options, chips } = setup();
    typeInto(input, '科技');
    expect(options()).toEqual(['科技金融', '科技', '金融科技']);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    const activeId = input.getAttribute('aria-activedescendant')!;
    const active = root.querySelector(`[id="${activeId}"]`)!;
    expect(active.getAttribute('role')).toBe('option');
    expect(active.getAttribute('aria-selected')).toBe('true');
    expect(active.firstElementChild?.textContent).toBe('科技');
    press(input, 'ArrowUp');
    press(input, 'ArrowUp'); // wraps to the last
    expect(
      root.querySelector(`[id="${input.getAttribute('aria-activedescendant')}"]`)?.textContent,
    ).toContain('金融科技');
    press(input, 'Enter');
    expect(chips()).toEqual(['金融科技']);
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('accepts the active suggestion with Tab, and Escape closes the list without changing tags', () => {
    const { input, chips } = setup();
    typeInto(input, 'fin');
    press(input, 'ArrowDown');
    const tab = press(input, 'Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(chips()).toEqual(['green finance']);

    typeInto(input, '科');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const escape = press(input, 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(chips()).toEqual(['green finance']);
  });

  it('opens the most used tags with ArrowDown on an empty input', () => {
    const { input, options } = setup(['科技金融']);
    press(input, 'ArrowDown');
    expect(options()).toEqual(['Tax credit', '科技', '金融科技', 'green finance']);
  });

  it('adds a suggestion clicked with the mouse', () => {
    const { root, input, chips } = setup();
    typeInto(input, 'green');
    click(root.querySelector('[role="option"]')!);
    expect(chips()).toEqual(['green finance']);
  });

  it('leaves Enter to the input method while it is composing', () => {
    const { input, chips } = setup();
    typeInto(input, 'keji');
    press(input, 'Enter', { isComposing: true });
    expect(chips()).toEqual([]);
    expect(input.value).toBe('keji');
  });

  it('is a labelled ARIA combobox controlling its listbox', () => {
    const { root, input } = setup();
    const list = root.querySelector('[role="listbox"]')!;
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Tags for this clip');
  });

  it('speaks Chinese in the zh_CN locale', () => {
    const { root } = setup(['科技金融'], 'zh_CN');
    expect(() => buttonNamed(root, '移除标签 科技金融')).not.toThrow();
  });

  it('keeps a half-typed tag when focus leaves', () => {
    const onChange = vi.fn();
    mounted = mount(<TagEditor tags={[]} suggestions={[]} label="Tags" onChange={onChange} />);
    const input = mounted.container.querySelector('input')!;
    typeInto(input, '政策');
    input.dispatchEvent(new FocusEvent('blur'));
    expect(onChange).toHaveBeenCalledWith(['政策']);
  });
});
