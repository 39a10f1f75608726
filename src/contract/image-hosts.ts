/**
 * Where the provider's pictures (video covers, creator avatars) may come from: TikTok's image CDNs,
 * by domain. Any host under one of these domains is allowed (`p16-sign-va.tiktokcdn.com`), the bare
 * domain is not, over https on the default port only.
 *
 * One list for both guards: the browser's `safeImageUrl` (src/contract/safe-url.ts) puts no other
 * host into an `<img src>`, and the server's CSP `img-src` (server/security-headers.ts) names the same
 * hosts, so a build served as plain files without our headers is as safe as one behind them.
 *
 * From the real responses (src/contract/fixtures, /work/shared/fixtures): covers on `p16-sign-va` and
 * `p16-sign-sg.tiktokcdn.com` and on `p16-`/`p19-vod-sign-useast2a.tiktokcdn-eu.com`; `tiktokcdn-us.com`
 * is where TikTok serves its US data since 2024 (and was in the CSP before this list).
 */
export const PROVIDER_IMAGE_DOMAINS = ['tiktokcdn.com', 'tiktokcdn-eu.com', 'tiktokcdn-us.com'] as const;

/** The same hosts as CSP source expressions: `https://*.tiktokcdn.com ...`. */
export const PROVIDER_IMAGE_SOURCES: readonly string[] = PROVIDER_IMAGE_DOMAINS.map((domain) => `https://*.${domain}`);

/** True for a host name (as `URL.hostname` gives it: lower case, punycode) under one of the domains. */
export function isProviderImageHost(hostname: string): boolean {
  return PROVIDER_IMAGE_DOMAINS.some((domain) => hostname.endsWith(`.${domain}`));
}
