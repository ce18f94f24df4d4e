/**
 * "Open PDFs in Policy Clipper's reader" (Chrome): one declarativeNetRequest rule sends a tab's
 * navigation that answered `application/pdf` to the reader. The rule as data, and the one function that
 * makes the browser's dynamic rules match the setting (the background gives it the browser's API).
 *
 * What the rule leaves alone, and why:
 * - anything but a top-level GET (`main_frame`): the reader's own fetch of the PDF is not a navigation
 *   (no loop), a PDF in a frame stays the page's, and a form's POST cannot be fetched again as a GET;
 * - `Content-Disposition: attachment`: the site asked for a download, and gets one;
 * - navigations our own pages start (the reader's link to the original, the library's): that is how the
 *   user reaches the browser's own viewer when they want it (`excludedInitiatorDomains`: our id).
 */
import { readerSubstitution } from './reader-url';

/** The id of our one dynamic rule (the extension has no other). */
export const PDF_RULE_ID = 1;

/** The rule as `declarativeNetRequest.updateDynamicRules` takes it (the fields we use). */
export interface PdfRedirectRule {
  id: number;
  priority: number;
  condition: {
    regexFilter: string;
    resourceTypes: ['main_frame'];
    requestMethods: ['get'];
    excludedInitiatorDomains: string[];
    responseHeaders: { header: string; values: string[] }[];
    excludedResponseHeaders: { header: string; values: string[] }[];
  };
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
}

/**
 * The rule for this extension: `readerPageUrl` is its `pdf.html` (`runtime.getURL`), `extensionId` its
 * id (the host of its pages' origin, for the exception above).
 */
export function pdfRedirectRule(readerPageUrl: string, extensionId: string): PdfRedirectRule {
  return {
    id: PDF_RULE_ID,
    priority: 1,
    condition: {
      // The whole address (`\0`), web addresses only. Header values match case-insensitively, `*` any run.
      regexFilter: '^https?://.*',
      resourceTypes: ['main_frame'],
      requestMethods: ['get'],
      excludedInitiatorDomains: [extensionId],
      responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
      excludedResponseHeaders: [{ header: 'content-disposition', values: ['attachment*'] }],
    },
    action: { type: 'redirect', redirect: { regexSubstitution: readerSubstitution(readerPageUrl) } },
  };
}

/** The browser's dynamic rules, as far as the sync needs them (Chrome's `declarativeNetRequest`). */
export interface DynamicRules {
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: PdfRedirectRule[] }): Promise<void>;
}

/**
 * Whether this browser offers the option: the one test the library page and the background share. The
 * Chrome build asks for declarativeNetRequest and gets the API; the Firefox build asks for nothing, so
 * there the popup's button and the link menu are the ways in.
 */
export function pdfAutoOpenOffered(api: { declarativeNetRequest?: unknown }): boolean {
  const dnr = api.declarativeNetRequest as Partial<DynamicRules> | undefined;
  return typeof dnr?.updateDynamicRules === 'function' && typeof dnr.getDynamicRules === 'function';
}

/** A value with its object keys sorted (the browser gives rules back with its own key order). */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;
const sameRule = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Makes the dynamic rules exactly `rule` when `on`, none when off (dropping any other rule left by an
 * older version), in one update so no navigation sees a half-made set. Nothing changes when they
 * already match.
 */
export async function syncPdfRule(rules: DynamicRules, on: boolean, rule: PdfRedirectRule): Promise<void> {
  const current = await rules.getDynamicRules();
  const matches = on ? current.length === 1 && sameRule(current[0], rule) : current.length === 0;
  if (matches) return;
  await rules.updateDynamicRules({
    removeRuleIds: current.map((r) => r.id),
    ...(on ? { addRules: [rule] } : {}),
  });
}

/**
 * The sync the background runs when it starts, when the extension is installed or updated, and when
 * the setting changes: each run reads the setting as it then is and starts after the previous one has
 * finished, so a start-up sync that read the old setting can never undo the user's newer choice.
 */
export function createPdfRuleSync(
  rules: DynamicRules,
  rule: PdfRedirectRule,
  wanted: () => Promise<boolean>,
): () => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(async () => syncPdfRule(rules, await wanted(), rule));
    // A failed sync must not block the next one; its caller still sees the failure.
    queue = run.catch(() => undefined);
    return run;
  };
}
