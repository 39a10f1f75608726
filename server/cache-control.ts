/** Cache-Control values, one place. Data answers are the same for everyone, so CDNs may share them. */
export const CACHE_API_DATA = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';
/** A copy served because the provider failed: use it, but ask again next time. */
export const CACHE_REVALIDATE = 'no-cache';
export const CACHE_NONE = 'no-store';
/** Demo images are a pure function of their id. */
export const CACHE_DEMO_IMAGE = 'public, max-age=86400, stale-while-revalidate=604800';
/** Vite's hashed files under /assets/ never change content under the same name. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed public files (favicon, robots.txt, theme.js). */
export const CACHE_SHORT = 'public, max-age=300';
