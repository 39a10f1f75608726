import type { Context } from 'hono';

/** Our API, asked in-process (`app.fetch` of server/app.ts) with a path such as `/api/...?...`. */
export type ApiFetch = (path: string) => Response | Promise<Response>;

/** Our API app (server/app.ts), or anything answering requests the way it does. */
export interface ApiApp {
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
}

/**
 * Our API asked in-process on behalf of the client of `c`, through the same routes, validation, cache and
 * per-client limits as the browser's requests: the socket (`c.env`) and, behind our proxy, the forwarded
 * address go along, so a page's data (or its picture's) is charged to the client asking for the page.
 */
export function askApiAs(api: ApiApp) {
  return (c: Context): ApiFetch =>
    (path) => {
      const forwarded = c.req.header('x-forwarded-for');
      const request = new Request(new URL(path, c.req.url), {
        headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
      });
      return api.fetch(request, c.env);
    };
}
