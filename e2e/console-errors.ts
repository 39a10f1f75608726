import type { ConsoleMessage, Page } from '@playwright/test';

/**
 * Every console error and uncaught exception of `page` from now on, as text (the array fills as they
 * come); `expected` names console errors a test expects (they are left out).
 */
export function watchErrors(page: Page, expected: (msg: ConsoleMessage) => boolean = () => false): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expected(msg)) problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}
