// No request leaves the site at run time: no web fonts, scripts, styles or images from other
// hosts, on any page type, including while searching and using the timeline.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

test('pages request nothing from other hosts', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
  });
  for (const path of ['', 'papers/', 'techniques/mixture-of-experts/', 'papers/matformer-nested-transformer-for-elastic-inference/', 'timeline/', 'about/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  await page.goto('search/?q=attention', { waitUntil: 'networkidle' });
  await expect(page.locator('.search-results .hit-title').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('built CSS and scripts reference no other host', () => {
  const assets = readdirSync('dist/_astro').filter((f) => /\.(css|js)$/.test(f));
  expect(assets.length).toBeGreaterThan(3);
  const offenders = assets.filter((f) =>
    /url\(\s*["']?https?:|@import\s+["']?https?:|import\s*\(?\s*["']https?:/.test(readFileSync(join('dist/_astro', f), 'utf8')),
  );
  expect(offenders).toEqual([]);
});
