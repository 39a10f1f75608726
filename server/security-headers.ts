import type { MiddlewareHandler } from 'hono';
import { PROVIDER_IMAGE_SOURCES } from '../src/contract/image-hosts';

/**
 * The page's Content-Security-Policy. Scripts only from us (public/boot.js exists so no inline
 * script is needed); inline styles are allowed because recharts positions elements with style
 * attributes; images may come from the provider's image hosts (live covers and avatars; the same list
 * the browser's safeImageUrl allows, src/contract/image-hosts.ts) or be data:/blob: (PNG export).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${PROVIDER_IMAGE_SOURCES.join(' ')}`,
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Security headers on every response. A route's own, stricter CSP (demo SVGs) is kept. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(HEADERS)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
    c.res.headers.delete('X-Powered-By');
  };
}
