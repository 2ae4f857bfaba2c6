/**
 * The renderer's Content-Security-Policy, used by Electron main and the browser-mode host alike.
 * style-src needs 'unsafe-inline' because Mantine injects its CSS variables in style tags; scripts
 * stay 'self' only, with no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')
