// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagManager } from '@/components/library/TagManager';
import { DEFAULT_SETTINGS } from './fake-library';
import {
  buttonNamed,
  change,
  click,
  fakeApi,
  mount,
  settle,
  submit,
  typeInto,
  type Mounted,
} from './harness';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const TAGS = [
  { tag: '科技金融', count: 12 },
  { tag: '科技 金融', count: 2 },
  { tag: 'fintech', count: 1 },
];

function setup() {
  const fake = fakeApi({
    'tags/rename': () => ({ count: 12 }),
    'tags/merge': () => ({ count: 3 }),
    'tags/colour': ({ tag, colour }) => ({ ...DEFAULT_SETTINGS, tagColours: { [tag]: colour } }),
  });
  const onChanged = vi.fn();
  const onFilter = vi.fn();
  const announce = vi.fn();
  mounted = mount(
    <TagManager
      tags={TAGS}
      colours={{ fintech: 'blue' }}
      onChanged={onChanged}
      onFilter={onFilter}
      announce={announce}
    />,
    { api: fake.api },
  );
  return { root: mounted.container, fake, onChanged, onFilter, announce };
}

describe('TagManager', () => {
  it('lists every tag with its count and current colour', () => {
    const { root } = setup();
    const items = [...root.querySelectorAll<HTMLElement>('[data-testid="tag-item"]')];
    expect(items.map((el) => el.dataset.tag)).toEqual(['科技金融', '科技 金融', 'fintech']);
    expect(items[0]!.querySelector('.badge')!.textContent).toBe('12');
    expect(buttonNamed(items[2]!, 'Blue').getAttribute('aria-pressed')).toBe('true');
  });

  it('renames a tag', async () => {
    const { root, fake, onChanged, announce } = setup();
    click(buttonNamed(root, 'Rename tag 科技金融'));
    const input = root.querySelector<HTMLInputElement>('input[aria-label="New name for tag 科技金融"]')!;
    typeInto(input, '科技信贷');
    submit(input.form!);
    await settle();
    expect(fake.callsOf('tags/rename')).toEqual([{ type: 'tags/rename', from: '科技金融', to: '科技信贷' }]);
    expect(onChanged).toHaveBeenCalled();
    expect(announce).toHaveBeenLastCalledWith('Renamed 科技金融 to 科技信贷 on 12 clips.');
  });

  it('merges the ticked tags into a target', async () => {
    const { root, fake } = setup();
    const tick = (tag: string): void => {
      const box = root.querySelector<HTMLInputElement>(`input[aria-label="Select tag ${tag} for merging"]`)!;
      box.checked = true;
      change(box);
    };
    tick('科技 金融');
    tick('科技金融');
    const target = root.querySelector<HTMLInputElement>('#merge-target')!;
    typeInto(target, '科技金融');
    submit(target.form!);
    await settle();
    expect(fake.callsOf('tags/merge')).toEqual([
      { type: 'tags/merge', sources: ['科技 金融'], target: '科技金融' },
    ]);
  });

  it('sets a tag colour from the palette, and filters by a tag', async () => {
    const { root, fake, onFilter } = setup();
    const item = root.querySelector<HTMLElement>('[data-tag="科技金融"]')!;
    click(buttonNamed(item, 'Green'));
    await settle();
    expect(fake.callsOf('tags/colour')).toEqual([{ type: 'tags/colour', tag: '科技金融', colour: 'green' }]);
    click(buttonNamed(root, 'Show clips tagged fintech'));
    expect(onFilter).toHaveBeenCalledWith('fintech');
  });
});
