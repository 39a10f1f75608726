/**
 * The fake network of browser-side tests: an MSW server with our API's handlers, started for every
 * test file by src/testing/setup.ts. Override per test with `server.use(http.get(API.list, …))`;
 * overrides and request records end with the test.
 */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

/**
 * Every request made from now until the end of the test, in order, as URLs (jsdom's origin in front:
 * `pathAndQuery` gives back what the app asked for).
 */
export function recordRequests(): URL[] {
  const urls: URL[] = [];
  server.events.on('request:start', ({ request }) => void urls.push(new URL(request.url)));
  return urls;
}

/** `/api/...?...` as the app wrote it in its fetch. */
export const pathAndQuery = (url: URL) => `${url.pathname}${url.search}`;
