// Journey: a reading group links a technique page or one paper on it, previews the link,
// and takes the list away as BibTeX, Markdown or a feed.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { E2E_BASE } from '../../playwright.config.ts';
import { papersExportSchema } from '../../src/lib/site/papers-export-schema.ts';
import { FEED_ITEMS } from '../../src/lib/site/feed-items.ts';
import { contentPapers as papers, papersOf, TECHNIQUE_COUNT } from '../content.ts';

const ofTechnique = papersOf;

test('an anchor on a technique page scrolls to that paper', async ({ page }) => {
  const target = ofTechnique('quantization').at(-1)!;
  await page.goto(`techniques/quantization/#${target.slug}`);
  await expect(page.locator(`li[id="${target.slug}"]`)).toBeInViewport();
});

test('"copy link" puts the absolute URL of the paper on this page on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const target = ofTechnique('kv-cache')[0]!;
  await page.goto('techniques/kv-cache/');
  const control = page.locator(`li[id="${target.slug}"] a[data-copy-link]`);
  await control.focus();
  await page.keyboard.press('Enter');
  await expect(control.locator('.status')).toHaveText('copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}techniques/kv-cache/#${target.slug}`);
});

test('section headings of an overview have copy-link anchors', async ({ page }) => {
  await page.goto('techniques/kv-cache/');
  const link = page.locator('.overview h3 a.heading-link').first();
  await expect(link).toHaveAttribute('href', /^#[a-z-]+$/);
  const id = (await link.getAttribute('href'))!.slice(1);
  await expect(page.locator(`.overview h3#${id}`)).toHaveCount(1);
});

for (const path of [
  '',
  'techniques/quantization/',
  'papers/matformer-nested-transformer-for-elastic-inference/',
  'papers/',
  'timeline/',
  'search/',
  'about/',
]) {
  test(`link-preview meta tags on /${path}`, async ({ page, request }) => {
    await page.goto(path);
    const meta = async (selector: string) => page.locator(selector).getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${E2E_BASE}${path}$`));
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect((await meta('meta[property="og:title"]'))!.length).toBeGreaterThan(5);
    expect((await meta('meta[property="og:description"]'))!.length).toBeGreaterThan(20);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = (await meta('meta[property="og:image"]'))!;
    expect(image).toMatch(new RegExp(`^https?://[^/]+${E2E_BASE}og/[a-z-]+\\.png$`));
    const response = await request.get(new URL(image).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    expect(await page.title()).toMatch(/Transformer Atlas/);
  });
}

test('every preview image is a 1200x630 PNG', () => {
  const files = readdirSync('dist/og');
  expect(files).toHaveLength(TECHNIQUE_COUNT + 1); // one per technique, and the site's
  for (const file of files) {
    const png = readFileSync(`dist/og/${file}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test("a technique's .bib parses and holds exactly its papers", () => {
  const { entries, errors } = parseBibtex(readFileSync('dist/techniques/quantization/papers.bib', 'utf8'), { sentenceCase: false });
  expect(errors).toEqual([]);
  const expected = ofTechnique('quantization');
  expect(entries).toHaveLength(expected.length);
  expect(new Set(entries.map((e) => e.fields.title))).toEqual(new Set(expected.map((p) => p.title)));
  expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  expect(
    entries
      .filter((e) => e.fields.eprint)
      .map((e) => e.fields.eprint)
      .sort(),
  ).toEqual(
    expected
      .filter((p) => p.arxivId)
      .map((p) => p.arxivId)
      .sort(),
  );
});

test('the Markdown reading list links every paper of the technique', async ({ request }) => {
  const text = await (await request.get('techniques/model-merging/reading-list.md')).text();
  const expected = ofTechnique('model-merging');
  const links = [...text.matchAll(/^- \[.+?\]\((https?:\/\/[^)]+)\)/gm)].map((m) => new URL(m[1]!).pathname);
  expect(links.sort()).toEqual(expected.map((p) => `${E2E_BASE}papers/${p.slug}/`).sort());
});

test('papers.json validates against its schema and matches the collection', async ({ request }) => {
  const data = papersExportSchema.parse(await (await request.get('papers.json')).json());
  expect(data.count).toBe(papers.length);
  expect(new Set(data.papers.map((p) => p.slug))).toEqual(new Set(papers.map((p) => p.slug)));
  expect(data.papers.filter((p) => p.origin === 'editors').length).toBe(papers.filter((p) => p.origin === 'editors').length);
  const schema = await (await request.get('papers.schema.json')).json();
  expect(schema.properties.papers.items.properties.primaryTechnique.enum).toContain('mixture-of-experts');
});

test('the RSS feeds are valid XML with the newest items, newest first', async ({ request }) => {
  for (const [path, expected] of [
    ['rss.xml', papers],
    ['techniques/kv-cache/rss.xml', ofTechnique('kv-cache')],
  ] as const) {
    const xml = await (await request.get(path)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = new XMLParser().parse(xml).rss.channel.item as { link: string; pubDate: string }[];
    const dated = expected.filter((p) => p.date);
    expect(items).toHaveLength(Math.min(FEED_ITEMS, dated.length));
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Nothing left out is newer than the oldest item kept.
    const oldestKept = Math.min(...times);
    const kept = new Set(items.map((i) => new URL(i.link).pathname));
    const newerLeftOut = dated.filter((p) => !kept.has(`${E2E_BASE}papers/${p.slug}/`) && Date.parse(p.date!) > oldestKept);
    expect(newerLeftOut).toEqual([]);
    expect(items.every((i) => new URL(i.link).pathname.startsWith(`${E2E_BASE}papers/`))).toBe(true);
  }
});

test('a short or old technique address redirects to the technique', async ({ page }) => {
  await page.goto('techniques/moe/');
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE}techniques/mixture-of-experts/$`));
});

test('sitemap and robots.txt are there and respect the base path', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(new RegExp(`Sitemap: https?://[^/]+${E2E_BASE}sitemap-index\\.xml`));
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  expect(sitemap).toContain(`${E2E_BASE}techniques/mixture-of-experts/</loc>`);
  expect(sitemap).not.toContain('/og/');
});
