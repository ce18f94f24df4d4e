/**
 * Rendering components for tests: real messages files for either locale, a fake background (`fakeApi`)
 * that records every request, and small DOM drivers.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import enMessages from '@/public/_locales/en/messages.json';
import zhMessages from '@/public/_locales/zh_CN/messages.json';
import { ApiContext, createApi, type Api } from '@/components/api';
import { I18nContext, messagesTranslator, type Translator } from '@/components/i18n';
import { toMessageError } from '@/utils/messages/error-model';
import { ChannelError, type ErrorCode } from '@/utils/messages/errors';
import {
  pageChannel,
  type PageReply,
  type PageRequest,
  type PageRequestType,
} from '@/utils/messages/page-channel';

export type Locale = 'en' | 'zh_CN';

export function translator(locale: Locale = 'en'): Translator {
  return locale === 'en' ? messagesTranslator(enMessages, 'en') : messagesTranslator(zhMessages, 'zh-CN');
}

export type Handlers = {
  [T in PageRequestType]?: (request: PageRequest<T>) => PageReply<T> | Promise<PageReply<T>>;
};

export interface FakeApi {
  api: Api;
  /** Every request received, in order. */
  calls: PageRequest[];
  callsOf<T extends PageRequestType>(type: T): PageRequest<T>[];
}

/**
 * A background that answers with `handlers` over the real page channel: requests are parsed as the
 * background parses them, replies checked against their schemas as the UI checks them. An unhandled
 * request fails like the real one would.
 */
export function fakeApi(handlers: Handlers): FakeApi {
  const calls: PageRequest[] = [];
  const answerWith = async (raw: unknown): Promise<unknown> => {
    const parsed = pageChannel.parseRequest(raw);
    if (!parsed.ok) return { ok: false, error: { code: 'invalid-message', message: parsed.issue } };
    const request = parsed.request;
    calls.push(request);
    const handler = (handlers as Record<string, ((r: PageRequest) => unknown) | undefined>)[request.type];
    if (!handler) return { ok: false, error: { code: 'internal', message: `no fake for ${request.type}` } };
    try {
      return { ok: true, result: await handler(request) };
    } catch (e) {
      return { ok: false, error: toMessageError(e) };
    }
  };
  return {
    api: createApi(answerWith),
    calls,
    callsOf: <T extends PageRequestType>(type: T) => calls.filter((c) => c.type === type) as PageRequest<T>[],
  };
}

export function apiError(code: ErrorCode, message: string, detail?: string): ChannelError {
  return new ChannelError(detail === undefined ? { code, message } : { code, message, detail });
}

export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

export function mount(ui: ComponentChild, options: { locale?: Locale; api?: Api } = {}): Mounted {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const api = options.api ?? fakeApi({}).api;
  void act(() => {
    render(
      <I18nContext.Provider value={translator(options.locale)}>
        <ApiContext.Provider value={api}>{ui}</ApiContext.Provider>
      </I18nContext.Provider>,
      container,
    );
  });
  return {
    container,
    unmount() {
      void act(() => render(null, container));
      container.remove();
    },
  };
}

/** Lets pending promises (fake background answers) settle and Preact re-render. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await Promise.resolve();
    });
  }
}

export function byTestId<E extends Element = HTMLElement>(root: ParentNode, id: string): E {
  const el = root.querySelector<E>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no [data-testid="${id}"]`);
  return el;
}

export function allByTestId<E extends Element = HTMLElement>(root: ParentNode, id: string): E[] {
  return [...root.querySelectorAll<E>(`[data-testid="${id}"]`)];
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  void act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function press(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  void act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

export function click(target: Element, init: MouseEventInit = {}): void {
  void act(() => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
  });
}

export function change(target: HTMLInputElement | HTMLSelectElement, value?: string): void {
  void act(() => {
    if (value !== undefined) target.value = value;
    target.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function submit(form: HTMLFormElement): void {
  void act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** The button whose accessible name (aria-label or text) is `name`. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}
