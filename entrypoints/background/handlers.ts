import { citationHandlers } from './citation-handlers';
import { contentHandlers } from './content-handlers';
import type { BackgroundDeps } from './deps';
import { exportHandlers } from './export-handlers';
import { inPageHandlers } from './in-page-ui';
import { libraryHandlers } from './library-handlers';
import { pageHandlers } from './page-handlers';
import { panelHandlers } from './panel-handlers';
import { pdfHandlers } from './pdf-handlers';
import type { Handlers } from './router';
import { teamHandlers } from './team-handlers';

/** One handler per message of each channel; the type checker insists none is missing. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    page: {
      ...pageHandlers(deps),
      ...libraryHandlers(deps),
      ...exportHandlers(deps),
      ...citationHandlers(deps),
      ...inPageHandlers(deps),
      ...teamHandlers(deps),
      ...panelHandlers(deps),
      ...pdfHandlers(deps),
    },
    content: contentHandlers(deps),
  };
}
