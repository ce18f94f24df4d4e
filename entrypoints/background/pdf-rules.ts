/**
 * The browser's side of "Open PDFs in Policy Clipper's reader": Chrome's `declarativeNetRequest`
 * dynamic rules, kept to the stored setting by `createPdfRuleSync` (`utils/pdf/auto-open.ts`).
 */
import { browser } from 'wxt/browser';
import {
  createPdfRuleSync,
  pdfAutoOpenOffered,
  pdfRedirectRule,
  type DynamicRules,
} from '@/utils/pdf/auto-open';
import type { PdfRulesPort, SettingsPort } from './deps';

export function browserPdfRules(settings: SettingsPort): PdfRulesPort {
  const api = browser as unknown as { declarativeNetRequest?: DynamicRules };
  if (!api.declarativeNetRequest || !pdfAutoOpenOffered(api))
    return { offered: false, sync: async () => undefined };
  // `pdf.html` is web-accessible without `use_dynamic_url` (wxt.config.ts), so this is its one address.
  const rule = pdfRedirectRule(browser.runtime.getURL('/pdf.html'), browser.runtime.id);
  const sync = createPdfRuleSync(
    api.declarativeNetRequest,
    rule,
    async () => (await settings.get()).pdfAutoOpen,
  );
  return { offered: true, sync };
}
