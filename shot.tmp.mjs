import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 2400 } });
await p.goto('http://localhost:5190/hashtag/carmeet', { waitUntil: 'networkidle' });
await p.waitForSelector('html[data-app=ready]');
for (const [i, name] of ['Audience countries', 'Rank history', 'Audience age'].entries()) {
  const fig = p.getByRole('figure', { name });
  await fig.screenshot({ path: `/tmp/fig${i}-static.png` });
  await fig.locator('svg.chart-static').hover();
  await fig.locator('.recharts-wrapper svg.recharts-surface').waitFor();
  await p.mouse.move(0, 0);
  await p.waitForTimeout(300);
  await fig.screenshot({ path: `/tmp/fig${i}-live.png` });
}
await b.close();
