import { expect, test } from '@playwright/test';
import { appReady } from './server-data';

/**
 * The keyboard alone (page.keyboard, no clicks): explorer → hashtag → compare → deck → PowerPoint,
 * and the rule that shortcuts never fire while typing in a field.
 */

test('explorer → hashtag → compare → deck → PowerPoint download, keyboard only', async ({ page }) => {
  // The pages' own 404s (a rank history not recorded for GB) come and go with timing: what this test
  // answers for is the keyboard, so script errors and failed loads of our code (lazy dialogs included).
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (r) => {
    if (r.status() >= 400 && /\/assets\//.test(r.url())) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/?country=GB&period=30');
  await appReady(page);
  // keys pressed before hydration reach no listener: the server's page is on screen before the app runs
  await appReady(page);
  const rows = page.locator('tbody tr[data-row]');
  await expect(rows.nth(1)).toBeVisible();

  // j moves to the first row (focus on its link, highlighted), x ticks it; again for the second
  await page.keyboard.press('j');
  await expect(rows.nth(0)).toHaveAttribute('data-current', 'true');
  await expect(rows.nth(0).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toHaveAttribute('data-current', 'true');
  await expect(rows.nth(0)).not.toHaveAttribute('data-current');
  await page.keyboard.press('x');
  await expect(page.getByRole('link', { name: 'Compare (2)' })).toBeVisible();
  const name = ((await rows.nth(1).getByRole('link').first().textContent()) ?? '').replace(/^#/, '');
  expect(name).not.toBe('');

  // Enter opens the row's hashtag; s stars it there
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `#${name}` })).toBeVisible();
  const star = page.getByRole('button', { name: `Star #${name}` });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('s');
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  // Ctrl+K: the palette's Compare opens the two ticked hashtags
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('compare');
  await expect(palette.getByRole('option', { name: /^Compare/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\?tags=[^&]+,[^&]+&country=GB&period=30$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare hashtags' })).toBeVisible();
  await expect(palette).toHaveCount(0);

  // p presents the comparison as a deck
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/present\?tags=/);
  const download = page.getByRole('button', { name: 'Download PowerPoint' });
  await expect(download).toBeVisible();
  // the deck's own keys still work beside the app's
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \/ \d+$/);

  // Tab to Download PowerPoint, Enter: a .pptx
  for (let i = 0; i < 30; i++) {
    if (await download.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(download).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.pptx$/);

  // ? lists the shortcuts on the deck too, the deck's keys among them; Escape closes it and stays on the deck
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Next slide')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(page).toHaveURL(/\/present\?tags=/);
  expect(problems).toEqual([]);
});

test('typing "c" in the filter box types it; outside a field "c" goes to Country and "/" to the filter box', async ({
  page,
}) => {
  await page.goto('/?country=GB&period=30');
  await appReady(page);
  // keys pressed before hydration reach no listener: the server's page is on screen before the app runs
  await appReady(page);
  await expect(page.locator('tbody tr[data-row]').first()).toBeVisible();
  const filter = page.getByRole('searchbox', { name: 'Filter results' });
  const country = page.getByRole('combobox', { name: 'Country' });

  await page.keyboard.press('/');
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue(''); // the "/" itself was not typed
  await page.keyboard.type('c');
  await expect(filter).toHaveValue('c');
  await expect(filter).toBeFocused();
  await expect(country).not.toBeFocused();

  // out of the field, the same key is the shortcut
  await page.keyboard.press('Escape');
  await page
    .locator('h1')
    .focus()
    .catch(() => undefined);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('c');
  await expect(country).toBeFocused();
  // and typing in Country's own field is typing
  await page.keyboard.type('i');
  await expect(country).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Industry' })).not.toBeFocused();

  // turned off in the help dialog, "c" does nothing any more
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.getByRole('checkbox', { name: 'Use keyboard shortcuts' }).focus();
  await page.keyboard.press('Space');
  await expect(help.getByRole('checkbox', { name: 'Use keyboard shortcuts' })).not.toBeChecked();
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('c');
  await expect(country).not.toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('trends.shortcuts'))).toBe('off');
});
