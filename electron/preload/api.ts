// The shape of window.firebreak in Electron. Type-only: nothing here runs or imports 'electron'.

/**
 * THE RULE: `window.firebreak[channel](input)` resolves to the BridgeResult envelope
 * `{ ok: true, value } | { ok: false, error: { code, message, detail? } }` exactly as the
 * backend's dispatch returned it, and never rejects for a backend failure; the renderer's
 * bridge unwraps it. Why: an Error thrown across IPC and contextBridge arrives with only its
 * message (its `code` and `detail` are dropped), while a plain object is cloned intact. The
 * envelope type itself lives in one place, shared/contract (BridgeResult).
 */
export type { PreloadApi } from '../../shared/contract/index'
