// @vitest-environment jsdom
/** "Open PDFs in Policy Clipper's reader" in the library's settings: offered in Chrome, explained in Firefox. */
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { PdfOpenOption } from '@/components/library/PdfOpenOption';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { apiError, byTestId, click, fakeApi, mount, settle, type Locale, type Mounted } from './harness';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function render(offered: boolean, options: { locale?: Locale; fail?: boolean } = {}) {
  let stored: Settings = DEFAULT_SETTINGS;
  const announced: { text: string; error: boolean }[] = [];
  const fake = fakeApi({
    'settings/set': ({ pdfAutoOpen }) => {
      if (options.fail) throw apiError('quota', 'The disk is full.');
      stored = { ...stored, pdfAutoOpen: pdfAutoOpen ?? stored.pdfAutoOpen };
      return stored;
    },
  });
  // The library page holds the settings and passes them back down after each save.
  function Host() {
    const [settings, setSettings] = useState<Settings>(stored);
    return (
      <PdfOpenOption
        settings={settings}
        offered={offered}
        onSaved={setSettings}
        announce={(text, error = false) => void announced.push({ text, error })}
      />
    );
  }
  mounted = mount(<Host />, { api: fake.api, locale: options.locale });
  const box = () => byTestId<HTMLInputElement>(mounted!.container, 'option-pdfAutoOpen');
  const help = () => byTestId(mounted!.container, 'option-pdfAutoOpen-help').textContent;
  return { fake, announced, box, help, stored: () => stored };
}

describe('PdfOpenOption', () => {
  it('is off by default; turning it on and off saves the setting and says what PDFs do now', async () => {
    const ui = render(true);
    expect(ui.box().checked).toBe(false);
    expect(ui.box().disabled).toBe(false);
    expect(ui.help()).toContain(
      "The address at the top of the reader opens the PDF in the browser's own viewer",
    );
    click(ui.box());
    await settle();
    expect(ui.fake.callsOf('settings/set')).toEqual([{ type: 'settings/set', pdfAutoOpen: true }]);
    expect(ui.box().checked).toBe(true);
    expect(ui.announced.at(-1)).toEqual({ text: "PDFs now open in Policy Clipper's reader.", error: false });
    click(ui.box());
    await settle();
    expect(ui.stored().pdfAutoOpen).toBe(false);
    expect(ui.announced.at(-1)).toEqual({ text: "PDFs now open in the browser's own viewer.", error: false });
  });

  it('in Firefox it is shown disabled, saying which ways in work there (en, zh_CN)', async () => {
    const ui = render(false);
    expect(ui.box().disabled).toBe(true);
    expect(ui.box().checked).toBe(false);
    expect(ui.help()).toBe(
      "In Firefox, open a PDF in the reader with the popup's \u201cOpen in Policy Clipper\u201d button on the PDF's tab, or by right-clicking a link to it.",
    );
    mounted?.unmount();
    const zh = render(false, { locale: 'zh_CN' });
    expect(zh.help()).toContain('在 Firefox 中');
    expect(zh.fake.calls).toEqual([]);
  });

  it('a refused save is said as an error and leaves the box as stored', async () => {
    const ui = render(true, { fail: true });
    click(ui.box());
    await settle();
    expect(ui.announced.at(-1)?.error).toBe(true);
    expect(ui.stored().pdfAutoOpen).toBe(false);
  });
});
