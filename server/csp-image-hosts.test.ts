// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IMAGE_DOMAINS, PROVIDER_IMAGE_SOURCES } from '../src/contract/image-hosts';
import { safeImageUrl } from '../src/contract/safe-url';
import { CONTENT_SECURITY_POLICY } from './security-headers';

const imgSrc = CONTENT_SECURITY_POLICY.split(';')
  .map((d) => d.trim().split(/\s+/))
  .find(([name]) => name === 'img-src')!
  .slice(1);

/** CSP's host-source `https://*.example.com` (scheme, wildcard host, default port), as browsers match it. */
function cspAllowsHttps(url: URL): boolean {
  return imgSrc.some((source) => {
    const match = /^https:\/\/\*\.([a-z0-9.-]+)$/.exec(source);
    return !!match && url.protocol === 'https:' && url.port === '' && url.hostname.endsWith(`.${match[1]}`);
  });
}

describe('img-src and safeImageUrl share one list of provider image hosts', () => {
  it('the CSP names exactly the hosts of src/contract/image-hosts.ts beside self, data: and blob:', () => {
    expect(imgSrc).toEqual(["'self'", 'data:', 'blob:', ...PROVIDER_IMAGE_SOURCES]);
  });

  it('an absolute URL the browser check accepts is one the CSP allows, and the reverse', () => {
    const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
    const host = fc.oneof(
      fc.tuple(label, fc.constantFrom(...PROVIDER_IMAGE_DOMAINS)).map(([sub, domain]) => `${sub}.${domain}`),
      fc.constantFrom(...PROVIDER_IMAGE_DOMAINS),
      fc.domain(),
      fc
        .tuple(fc.constantFrom(...PROVIDER_IMAGE_DOMAINS), fc.domain())
        .map(([domain, tail]) => `p16.${domain}.${tail}`),
    );
    const url = fc
      .tuple(fc.constantFrom('https', 'http'), host, fc.constantFrom('', ':443', ':8443'), fc.webPath())
      .map(([scheme, h, port, path]) => `${scheme}://${h}${port}${path}`);
    fc.assert(
      fc.property(url, (raw) => {
        expect(safeImageUrl(raw) !== undefined).toBe(cspAllowsHttps(new URL(raw)));
      }),
      { numRuns: 500 },
    );
  });
});
