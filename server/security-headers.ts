import type { MiddlewareHandler } from 'hono';
import { PROVIDER_IMAGE_SOURCES } from '../src/contract/image-hosts';
import { isEmbedPath } from '../src/contract/embed-view';

/**
 * The page's Content-Security-Policy. Scripts only from us (public/theme.js exists so no inline
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
  // Only our own pages may embed our responses (images, JSON) as subresources.
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Two years: browsers remember to use https only (ignored on a plain-http response, e.g. localhost).
  'Strict-Transport-Security': 'max-age=63072000',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** The CSP of the /embed pages: the same, but framed by `ancestors` (config.ts, `EMBED_ANCESTORS`). */
export function embedContentSecurityPolicy(ancestors: string): string {
  return CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", `frame-ancestors ${ancestors}`);
}

/**
 * Security headers on every response. A route's own, stricter CSP (demo SVGs) is kept. `/embed` and
 * `/embed/*` (only those) may be framed by `embedAncestors`: their CSP says who, and they carry no
 * `X-Frame-Options` (it cannot name a list of sites, and DENY would override the CSP in old browsers).
 */
export function securityHeaders({ embedAncestors = "'none'" }: { embedAncestors?: string } = {}): MiddlewareHandler {
  const embedHeaders: Record<string, string> = {
    ...HEADERS,
    'Content-Security-Policy': embedContentSecurityPolicy(embedAncestors),
  };
  delete embedHeaders['X-Frame-Options'];
  return async (c, next) => {
    await next();
    const headers = isEmbedPath(c.req.path) ? embedHeaders : HEADERS;
    for (const [name, value] of Object.entries(headers)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
    c.res.headers.delete('X-Powered-By');
  };
}

/**
 * Behind our TLS proxy (TRUST_PROXY=1 only: otherwise the header is anyone's), a request the proxy
 * received over plain http (`X-Forwarded-Proto: http`, its right-most value) is sent to the same
 * URL over https, on the default port.
 */
export function httpsRedirect(): MiddlewareHandler {
  return async (c, next) => {
    const proto = c.req.header('x-forwarded-proto')?.split(',').pop()?.trim().toLowerCase();
    if (proto !== 'http') return next();
    const url = new URL(c.req.url);
    url.protocol = 'https:';
    url.port = '';
    return c.redirect(url.href, 301);
  };
}
