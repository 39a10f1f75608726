import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { appReady } from './server-data';
import JSZip from 'jszip';
import { watchErrors } from './console-errors';

/**
 * Download PowerPoint on the deck and on a hashtag page, in real Chromium: pptxgenjs is fetched only
 * on the press, and the file is a .pptx whose slides are the page's (how long it took is reported).
 */

const LIST_API = '/api/tiktok/popular-trend/hashtag';

/** Every script the page fetched, by URL. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  return scripts;
}

interface Package {
  slides: number;
  charts: string[];
  notes: string[];
  slideText: string[];
}

/** Press Download PowerPoint, wait for the file, unzip it. */
async function download(page: Page, testInfo: TestInfo, fileName: string): Promise<Package & { ms: number }> {
  const button = page.getByRole('button', { name: 'Download PowerPoint' });
  const started = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = testInfo.outputPath(fileName);
  await file.saveAs(path);
  const ms = Date.now() - started;
  expect(file.suggestedFilename()).toMatch(/\.pptx$/);
  const bytes = await readFile(path);
  // a zip ("PK\3\4") holding a presentation
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file('ppt/presentation.xml')).not.toBeNull();
  const read = (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((p) => re.test(p))
        .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
        .map((p) => zip.file(p)!.async('string')),
    );
  const slides = await read(/^ppt\/slides\/slide\d+\.xml$/);
  return {
    slides: slides.length,
    slideText: slides,
    charts: await read(/^ppt\/charts\/chart\d+\.xml$/),
    notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
    ms,
  };
}

test('the deck downloads as a .pptx with as many slides as the deck, pptxgenjs loaded on the press', async ({
  page,
}, testInfo) => {
  const problems = watchErrors(page);
  const scripts = watchScripts(page);
  await page.goto('/present?country=GB&period=30');
  await appReady(page);
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const total = Number((await counter.textContent())!.split('/')[1]);
  expect(total).toBeGreaterThanOrEqual(13);
  await expect(page.getByRole('button', { name: 'Download PowerPoint' })).toBeVisible();
  expect(scripts.filter((u) => /pptx/i.test(u))).toEqual([]);

  const pkg = await download(page, testInfo, 'deck.pptx');
  expect(pkg.slides).toBe(total);
  // How long it took is reported, not judged here: speed budgets belong to the bench, not to timed tests.
  testInfo.annotations.push({ type: 'deck download', description: `${total} slides in ${pkg.ms} ms` });
  expect(scripts.filter((u) => /pptx/i.test(u)).length).toBeGreaterThan(0);
  // native charts: a popularity line and an audience chart per hashtag slide
  expect(pkg.charts.filter((c) => c.includes('<c:lineChart>')).length).toBeGreaterThanOrEqual(10);
  expect(pkg.charts.some((c) => c.includes('<c:barChart>'))).toBe(true);
  expect(pkg.notes).toHaveLength(total);
  expect(pkg.notes[2]).toContain('Source: Demo data');
  expect(pkg.notes[2]).toContain(`/present?country=GB&amp;period=30&amp;slide=3`);
  // the status said so while it built, and is quiet again
  await expect(page.getByRole('status').filter({ hasText: 'PowerPoint' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a hashtag page downloads as a title slide, the popularity line and the audience', async ({ page }, testInfo) => {
  const response = await page.request.get(`${LIST_API}?limit=20&page=1&country_code=GB&period=30`);
  const body = (await response.json()) as { data: { list: { hashtag_name: string; rank: number }[] } };
  const name = [...body.data.list].sort((a, b) => a.rank - b.rank)[0]!.hashtag_name;
  await page.goto(`/hashtag/${encodeURIComponent(name)}?country=GB&period=30`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: `#${name}` })).toBeVisible();
  // The page's own 404s (e.g. a rank history not recorded for GB) come and go with timing: what this
  // test answers for is the export, so script errors and failed loads of our code or of /api/meta.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (r) => {
    if (r.status() >= 400 && /\/assets\/|\/api\/meta/.test(r.url())) problems.push(`${r.status()} ${r.url()}`);
  });

  const pkg = await download(page, testInfo, 'hashtag.pptx');
  expect(pkg.slides).toBe(3);
  expect(pkg.slideText[0]).toContain(`#${name}`);
  expect(pkg.charts[0]).toContain('<c:lineChart>');
  expect(pkg.charts[0]).toContain(`#${name}`);
  expect(pkg.notes[1]).toContain(`/hashtag/`);
  expect(problems).toEqual([]);
});
