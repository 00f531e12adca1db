// Hosting headers: the build ships `_headers` for Netlify and Cloudflare Pages. Here a small
// server plays such a host (it sends what `_headers` says for each path), and the site must work
// under both the header policy and each page's meta policy, refuse to be framed, and give the
// hashed files a long cache.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { E2E_BASE } from '../../playwright.config.ts';
import { HASHED_FOLDERS, headersFor, IMMUTABLE_CACHE, parseHeadersFile, SECURITY_HEADERS } from '../../src/lib/site/hosting-headers.ts';
import { watchViolations } from './csp-violations.ts';

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
let server: Server;
let origin: string;

test.beforeAll(async () => {
  const files = sirv('dist', { dev: false });
  server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://host').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    if (!pathname.startsWith(E2E_BASE)) return void res.writeHead(404).end();
    req.url = req.url!.slice(E2E_BASE.length - 1);
    files(req, res, () => void res.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('_headers puts the base in front of every cached folder', () => {
  const paths = rules.map((r) => r.path);
  expect(paths).toContain('/*');
  for (const folder of HASHED_FOLDERS) expect(paths).toContain(`${E2E_BASE}${folder}*`);
});

test('pages get the security headers and work under them with no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ['', 'papers/', 'techniques/kv-cache/', 'timeline/', 'about/']) {
    const response = await page.goto(`${origin}${E2E_BASE}${path}`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response?.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
    await expect(page.locator('h1')).toBeVisible();
  }
  await page.goto(`${origin}${E2E_BASE}search/?q=kv+cache`);
  await expect(page.locator('.search-results .hit-title').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('hashed bundles and Pagefind chunks are cached for a year; the Pagefind entry is not', async ({ page }) => {
  const cacheOf = new Map<string, string | undefined>();
  page.on('response', (response) => cacheOf.set(new URL(response.url()).pathname, response.headers()['cache-control']));
  await page.goto(`${origin}${E2E_BASE}search/?q=attention`);
  await expect(page.locator('.search-results .hit-title').first()).toBeVisible();
  const cached = [...cacheOf].filter(([path]) => HASHED_FOLDERS.some((folder) => path.startsWith(`${E2E_BASE}${folder}`)));
  expect(cached.length).toBeGreaterThan(0);
  for (const [path, cache] of cached) expect(cache, path).toBe(IMMUTABLE_CACHE);
  expect(headersFor(rules, `${E2E_BASE}pagefind/pagefind-entry.json`)['Cache-Control']).toBeUndefined();
});

test('another site cannot frame the pages', async ({ page }) => {
  await page.setContent(`<iframe src="${origin}${E2E_BASE}" title="framed"></iframe>`);
  await expect.poll(() => page.frames().length).toBe(2);
  const framed = page.frames()[1]!;
  // A blocked frame shows the browser's error page instead of the site.
  await expect.poll(() => framed.url()).toMatch(/^chrome-error:/);
});
