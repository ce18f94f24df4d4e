/** Set by `wxt.config.ts` (vite `define`): true only in builds made for the real-browser suite. */
declare const __POLICY_CLIPPER_E2E__: boolean;
