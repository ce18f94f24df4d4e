/**
 * "Open PDFs in Policy Clipper's reader": the redirect rule, and the sync that keeps the browser's
 * dynamic rules to the setting, against a fake `declarativeNetRequest` that behaves as Chrome's does
 * (rules given back with its own key order; ids must be unique; an update is all or nothing).
 */
import { describe, expect, it } from 'vitest';
import {
  createPdfRuleSync,
  pdfAutoOpenOffered,
  pdfRedirectRule,
  PDF_RULE_ID,
  syncPdfRule,
  type DynamicRules,
  type PdfRedirectRule,
} from '@/utils/pdf/auto-open';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const RULE = pdfRedirectRule(`chrome-extension://${ID}/pdf.html`, ID);

/** Sorts an object's keys the other way round, as a browser handing rules back may order them. */
const reordered = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reordered)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reordered(v)]),
        )
      : value;

function fakeRules(initial: { id: number }[] = []) {
  let rules: unknown[] = initial.map(reordered);
  const updates: { removeRuleIds?: number[]; addRules?: PdfRedirectRule[] }[] = [];
  const api: DynamicRules = {
    getDynamicRules: async () => rules.map((r) => structuredClone(r) as { id: number }),
    updateDynamicRules: async (options) => {
      updates.push(options);
      const removed = new Set(options.removeRuleIds ?? []);
      const kept = rules.filter((r) => !removed.has((r as { id: number }).id));
      const added = options.addRules ?? [];
      for (const rule of added)
        if (kept.some((r) => (r as { id: number }).id === rule.id))
          throw new Error(`Rule with id ${rule.id} exists`);
      rules = [...kept, ...added.map(reordered)];
    },
  };
  return { api, updates, rules: () => rules.map((r) => structuredClone(r)) };
}

describe('the redirect rule', () => {
  it('sends top-level GET navigations answered application/pdf to the reader, and nothing else', () => {
    expect(RULE).toEqual({
      id: PDF_RULE_ID,
      priority: 1,
      condition: {
        regexFilter: '^https?://.*',
        resourceTypes: ['main_frame'],
        requestMethods: ['get'],
        excludedInitiatorDomains: [ID],
        responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
        excludedResponseHeaders: [{ header: 'content-disposition', values: ['attachment*'] }],
      },
      action: {
        type: 'redirect',
        redirect: { regexSubstitution: `chrome-extension://${ID}/pdf.html#src=\\0` },
      },
    });
    const filter = new RegExp(RULE.condition.regexFilter);
    expect(filter.test('https://x.org/a.pdf')).toBe(true);
    expect(filter.test('http://127.0.0.1:1/doc?id=1')).toBe(true);
    for (const other of [
      'file:///a.pdf',
      'ftp://x.org/a.pdf',
      'chrome-extension://x/a.pdf',
      'data:application/pdf,x',
    ])
      expect(filter.test(other)).toBe(false);
  });
});

describe('syncPdfRule', () => {
  it('adds the rule when on, removes it when off, in one update each', async () => {
    const fake = fakeRules();
    await syncPdfRule(fake.api, true, RULE);
    expect(fake.rules()).toEqual([RULE]);
    await syncPdfRule(fake.api, false, RULE);
    expect(fake.rules()).toEqual([]);
    expect(fake.updates).toEqual([{ removeRuleIds: [], addRules: [RULE] }, { removeRuleIds: [PDF_RULE_ID] }]);
  });

  it('changes nothing when the rules already match (the browser gives them back in its own key order)', async () => {
    const on = fakeRules([RULE]);
    await syncPdfRule(on.api, true, RULE);
    const off = fakeRules();
    await syncPdfRule(off.api, false, RULE);
    expect([...on.updates, ...off.updates]).toEqual([]);
  });

  it('replaces a stale rule (an older version’s, another extension id) and drops strangers', async () => {
    const stale = {
      ...RULE,
      action: {
        type: 'redirect',
        redirect: { regexSubstitution: 'chrome-extension://old/pdf.html?url=\\0' },
      },
    };
    const fake = fakeRules([stale, { id: 7 }]);
    await syncPdfRule(fake.api, true, RULE);
    expect(fake.rules()).toEqual([RULE]);
    expect(fake.updates).toEqual([{ removeRuleIds: [PDF_RULE_ID, 7], addRules: [RULE] }]);
    const off = fakeRules([stale, { id: 7 }]);
    await syncPdfRule(off.api, false, RULE);
    expect(off.rules()).toEqual([]);
  });
});

describe('createPdfRuleSync', () => {
  it('reads the setting when it runs, one run after another: the last choice wins', async () => {
    const fake = fakeRules();
    let wanted = false;
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let readFirst = (): void => undefined;
    const firstRead = new Promise<void>((r) => (readFirst = r));
    let first = true;
    const sync = createPdfRuleSync(fake.api, RULE, async () => {
      // The worker's start-up sync reads the old setting, then stalls while the user turns it on.
      const value = wanted;
      if (first) {
        first = false;
        readFirst();
        await gate;
      }
      return value;
    });
    const startup = sync();
    await firstRead;
    wanted = true;
    const toggled = sync();
    release();
    await Promise.all([startup, toggled]);
    expect(fake.rules()).toEqual([RULE]);
  });

  it('a failed update does not block the next sync, and its caller sees the failure', async () => {
    const fake = fakeRules();
    let fail = true;
    const api: DynamicRules = {
      getDynamicRules: fake.api.getDynamicRules,
      updateDynamicRules: async (o) => {
        if (fail) throw new Error('quota');
        return fake.api.updateDynamicRules(o);
      },
    };
    const sync = createPdfRuleSync(api, RULE, async () => true);
    await expect(sync()).rejects.toThrow('quota');
    fail = false;
    await sync();
    expect(fake.rules()).toEqual([RULE]);
  });
});

describe('pdfAutoOpenOffered', () => {
  it('is offered where the extension has the declarativeNetRequest API (Chrome), not elsewhere (Firefox)', () => {
    const dnr = { getDynamicRules: async () => [], updateDynamicRules: async () => undefined };
    expect(pdfAutoOpenOffered({ declarativeNetRequest: dnr })).toBe(true);
    expect(pdfAutoOpenOffered({})).toBe(false);
    expect(pdfAutoOpenOffered({ declarativeNetRequest: { getDynamicRules: dnr.getDynamicRules } })).toBe(
      false,
    );
  });
});
