// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LIST_PAGE_TEXT, SEED_DETAIL_TEXT, SEED_DOC_TEXT, SEED_ITEM_IDS } from '../testing/fixtures';
import { PROVIDER_IMAGE_DOMAINS, isProviderImageHost } from './image-hosts';
import { safeImageUrl, safeTikTokUrl } from './safe-url';

/** Every picture URL in the real responses (string values of cover_uri / avatar_url, JSON-decoded). */
const fixtureImageUrls = [SEED_DETAIL_TEXT, SEED_DOC_TEXT, LIST_PAGE_TEXT].flatMap((text) =>
  [...text.matchAll(/"(?:cover_uri|avatar_url)":\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string),
);
const providerUrls = fixtureImageUrls.filter((u) => u.startsWith('https://'));

describe('safeImageUrl', () => {
  it('keeps every image URL of the real fixtures as it is, provider CDNs and our demo paths', () => {
    expect(providerUrls.length).toBeGreaterThan(40);
    expect(new Set(providerUrls.map((u) => new URL(u).hostname.split('.').slice(-2).join('.')))).toEqual(
      new Set(['tiktokcdn.com', 'tiktokcdn-eu.com']),
    );
    for (const url of fixtureImageUrls.filter((u) => !u.startsWith('javascript:'))) expect(safeImageUrl(url)).toBe(url);
  });

  it.each([
    ['a backslash the parser reads as a slash', '/\\evil.example/pixel.gif'],
    ['backslashes in an absolute URL', 'https:\\\\p16-sign-va.tiktokcdn.com\\x.jpg'],
    ['a tab the parser drops', '/\t/evil.example/pixel.gif'],
    ['a newline', '/api/demo/cover/1.svg\n'],
    ['a NUL', 'https://p16-sign-va.tiktokcdn.com\u0000.evil.example/x.jpg'],
    ['a DEL', '/api/demo/\u007fcover.svg'],
    ['a C1 control character', '/api/demo/\u0085cover.svg'],
    ['a protocol-relative URL', '//evil.example/pixel.gif'],
    ['three slashes', '///evil.example/pixel.gif'],
    ['another https host', 'https://evil.example/pixel.gif'],
    ['a look-alike host', 'https://p16.tiktokcdn.com.evil.example/x.jpg'],
    ['a host ending in the domain without a dot', 'https://eviltiktokcdn.com/x.jpg'],
    ['the bare domain (CSP *.domain does not match it)', 'https://tiktokcdn.com/x.jpg'],
    ['http on a provider host', 'http://p16-sign-va.tiktokcdn.com/x.jpg'],
    ['another port (CSP allows the default one only)', 'https://p16-sign-va.tiktokcdn.com:8443/x.jpg'],
    ['credentials', 'https://user:pw@p16-sign-va.tiktokcdn.com/x.jpg'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:image/svg+xml,<svg onload=alert(1)>'],
    ['blob:', 'blob:https://p16-sign-va.tiktokcdn.com/uuid'],
    ['empty', ''],
  ])('refuses %s', (_, raw) => {
    expect(safeImageUrl(raw)).toBeUndefined();
  });

  it('treats a URL as our own only when it resolves to our origin, and gives the resolved path', () => {
    const cover = `/api/demo/cover/${SEED_ITEM_IDS[0]}.svg`;
    expect(safeImageUrl(cover)).toBe(cover);
    expect(safeImageUrl('/api/demo/../demo/avatar/ab.svg?x=1')).toBe('/api/demo/avatar/ab.svg?x=1');
    expect(safeImageUrl('api/demo/cover/1.svg')).toBe('/api/demo/cover/1.svg');
    expect(safeImageUrl('/%5Cevil.example/x')).toBe('/%5Cevil.example/x');
  });

  it('allows any host under each domain of the list, in any case', () => {
    for (const domain of PROVIDER_IMAGE_DOMAINS) {
      expect(safeImageUrl(`https://P19-Common-Sign.${domain.toUpperCase()}/a.jpeg`)).toBe(
        `https://p19-common-sign.${domain}/a.jpeg`,
      );
      expect(isProviderImageHost(domain)).toBe(false);
    }
  });
});

describe('safeTikTokUrl', () => {
  it('keeps https links on tiktok.com and refuses the rest', () => {
    expect(safeTikTokUrl('https://www.tiktok.com/tag/chatgpt')).toBe('https://www.tiktok.com/tag/chatgpt');
    // written out as the absolute https URL it resolves to, whatever the page's own scheme
    expect(safeTikTokUrl('//www.tiktok.com/tag/x')).toBe('https://www.tiktok.com/tag/x');
    for (const raw of [
      'https://www.tiktok.com\\@evil.example/',
      'https://www.tiktok.com/tag/x\n',
      '/tag/chatgpt',
      'http://www.tiktok.com/tag/x',
      'https://tiktok.com.evil.example/',
      'javascript:alert(1)',
    ]) {
      expect(safeTikTokUrl(raw)).toBeUndefined();
    }
  });
});
