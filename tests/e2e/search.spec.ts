// Journey: a researcher finds papers by keyword, acronym or plain words, narrows them with
// filters, shares the search URL, and uses only the keyboard.
import { expect, test, type Page } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config.ts';

async function searchPage(page: Page, query: string) {
  await page.goto(`search/?${query}`);
  await expect(page.locator('form[data-search-page]')).toHaveAttribute('data-rendered-query', /./);
  return page.locator('.search-results .hit-title');
}

const TOP_FIVE: [string, RegExp][] = [
  ['MoE', /^Mixture of experts$/],
  ['SSM', /^Linear attention and state-space models$/],
  ['ViT', /^Vision transformers$/],
  ['ASR', /^Speech and audio$/],
  ['PEFT', /^Parameter-efficient tuning$/],
  ['FlashAttention', /^FlashAttention-2: Faster Attention with Better Parallelism/],
  ['MatFormer', /^MatFormer: Nested Transformer for Elastic Inference$/],
  ['token merging', /Token Merging/],
  ['KV cache compression', /KV[- ]Cache Compression/i],
  ['compress the key value cache', /KV[- ]?Cache/i],
  ['make attention cheaper for long documents', /Long-Range|Long/],
  ['Mamba', /Mamba/],
];

for (const [query, expected] of TOP_FIVE) {
  test(`"${query}" finds ${expected} in the top five`, async ({ page }) => {
    const titles = await (await searchPage(page, `q=${encodeURIComponent(query)}`)).allTextContents();
    expect(
      titles.slice(0, 5).some((t) => expected.test(t)),
      titles.slice(0, 5).join(' | '),
    ).toBe(true);
  });
}

/** The paper count in the status line once results for `fragment` are on screen. */
async function paperCount(page: Page, fragment: RegExp): Promise<number> {
  await expect(page.locator('form[data-search-page]')).toHaveAttribute('data-rendered-query', fragment);
  return Number((await page.locator('.search-status').textContent())!.match(/(\d+) papers?/)![1]);
}

test('a technique filter narrows the results to that technique', async ({ page }) => {
  await searchPage(page, 'q=attention');
  const allCount = await paperCount(page, /^q=attention$/);
  await page.selectOption('select[name="technique"]', 'kv-cache');
  await expect(page).toHaveURL(/technique=kv-cache/);
  const filteredCount = await paperCount(page, /technique=kv-cache/);
  expect(filteredCount).toBeGreaterThan(0);
  expect(filteredCount).toBeLessThan(allCount);
  const metas = await page.locator('.search-hit.kind-paper .hit-meta').allTextContents();
  expect(metas.every((m) => m.includes('KV cache'))).toBe(true);
});

test('query, filters and sort live in the URL and survive a reload', async ({ page }) => {
  await searchPage(page, 'q=quantization&theme=compression&sort=newest');
  await expect(page.locator('#search-q')).toHaveValue('quantization');
  await expect(page.locator('select[name="theme"]')).toHaveValue('compression');
  await expect(page.locator('select[name="sort"]')).toHaveValue('newest');
  const metas = await page.locator('.search-hit.kind-paper .hit-meta').allTextContents();
  const times = metas.map((m) => Date.parse(m.split(' · ')[0]!.replace(/^(\w{3}) (\d{4})$/, '1 $1 $2')));
  expect(times.length).toBeGreaterThan(3);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  await page.selectOption('select[name="sort"]', 'oldest');
  await expect(page).toHaveURL(/sort=oldest/);
  await page.reload();
  await expect(page.locator('select[name="sort"]')).toHaveValue('oldest');
});

test('header search: "/" focuses, arrows move through results, Escape closes', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  const input = page.locator('#header-search-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('quantization');
  const panel = page.locator('#header-search-results');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.hit-title').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('.hit-title').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('.hit-title').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await input.blur();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
});

test('a result opens its page with the searched words highlighted', async ({ page }) => {
  const titles = await searchPage(page, 'q=expert%20routing');
  await titles
    .filter({ hasNotText: /^Mixture of experts$/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE}papers/.+\\?highlight=`));
  await expect(page.locator('main mark').first()).toBeVisible();
});

test('without JavaScript the search page says so and links to the paper table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('search/?q=moe');
  await expect(page.locator('main')).toContainText('needs JavaScript');
  await expect(page.getByRole('link', { name: 'table of all papers' })).toHaveAttribute('href', `${E2E_BASE}papers/`);
  await context.close();
});

test('a paper hit quotes its abstract where the words occur there, not the aliases', async ({ page }) => {
  await searchPage(page, 'q=moe');
  const hit = page.locator('.search-hit.kind-paper').first();
  const excerpt = (await hit.locator('.hit-excerpt').textContent())!.replace(/\s+/g, ' ').trim();
  expect(excerpt).not.toContain('sparse MoE, experts, expert routing');
  await hit.locator('.hit-title').click();
  const abstract = (await page.locator('[data-abstract]').textContent())!.replace(/\s+/g, ' ');
  expect(abstract).toContain(excerpt);
});

test('results come ten at a time, and "Show more papers" adds the next ones', async ({ page }) => {
  await searchPage(page, 'q=attention');
  const hits = page.locator('.search-results .search-hit.kind-paper');
  const total = await paperCount(page, /^q=attention$/);
  expect(total).toBeGreaterThan(10);
  await expect(hits).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more papers' }).click();
  await expect(hits).toHaveCount(Math.min(20, total));
});

test('a misspelt word is searched as the closest word the index knows, and the status says so', async ({ page }) => {
  const titles = await searchPage(page, 'q=pipline%20parallelism');
  await expect(page.locator('.search-status')).toContainText('No paper has “pipline”; showing “pipeline”.');
  expect((await titles.allTextContents()).slice(0, 5).some((t) => /pipeline/i.test(t))).toBe(true);
});
