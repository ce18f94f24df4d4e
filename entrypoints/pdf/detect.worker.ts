/**
 * Detection off the reader's main thread: on a 500-page document it takes a noticeable fraction of a
 * second, which the page must not freeze for. Same `detect` as everywhere else.
 */
import { detect } from '@/utils/detect';

export interface DetectRequest {
  text: string;
  lang: string | null;
}

self.onmessage = (event: MessageEvent<DetectRequest>) => {
  self.postMessage(detect(event.data.text, { lang: event.data.lang }));
};
