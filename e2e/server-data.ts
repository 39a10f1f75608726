import { expect, type Page } from '@playwright/test';

/**
 * Pages as a plain file host would send the build: no server rendering, no data with the page, so
 * the browser renders and asks for everything itself, and page.route can answer or fail its requests.
 * (Our server renders each page with its data: src/entry-server.tsx.)
 */
export async function withoutServerData(page: Page) {
  await page.route(
    () => true,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<div id="root">[\s\S]*<\/div>\s*(<script type="application\/json" id="query-state">[\s\S]*?<\/script>\s*)?<\/body>/,
        '<div id="root"></div></body>',
      );
      await route.fulfill({ response, body: html });
    },
  );
}

/**
 * Waits until the app has hydrated the server's page and run its effects (src/app/app.tsx marks
 * `<html data-app="ready">`). Before that the page is on screen but listens to nothing of its own
 * (the deck's keys, say); clicks on it are replayed by React once it has hydrated.
 */
export async function appReady(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}
