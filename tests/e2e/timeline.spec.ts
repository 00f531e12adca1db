// Journey: a reading group explores a technique's history on its timeline.
import { expect, test } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config.ts';
import { contentPapers, papersOf, THEME_COUNT } from '../content.ts';
import { TIMELINE_MARK_LIMIT, TIMELINE_TABLE_LIMIT } from '../../src/lib/timeline/timeline-density.ts';

const datedPapers = contentPapers.filter((p) => p.date).length;

test('the timeline has one mark per dated paper of the technique, in date order', async ({ page }) => {
  const papers = papersOf('mixture-of-experts');
  await page.goto('techniques/mixture-of-experts/');
  const marks = page.locator('#technique-timeline a.mark');
  await expect(marks).toHaveCount(papers.filter((p) => p.date).length);
  const dates = await marks.evaluateAll((els) => els.map((el) => (el as SVGElement).dataset.date!.padEnd(10, '-15')));
  expect(dates).toEqual([...dates].sort());
  const undated = papers.filter((p) => !p.date).length;
  if (undated > 0) await expect(page.locator('#technique-timeline .undated summary')).toContainText(`${undated} paper`);
});

test('focusing a mark shows its tooltip, and Enter opens the paper', async ({ page }) => {
  await page.goto('techniques/quantization/');
  const first = page.locator('#technique-timeline a.mark').first();
  const title = await first.getAttribute('data-title');
  const slug = await first.getAttribute('data-slug');
  await first.focus();
  const tooltip = page.locator('#technique-timeline .tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(title!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE}papers/${slug}/$`));
});

test('Tab walks the marks in date order', async ({ page }) => {
  await page.goto('techniques/kv-cache/');
  const marks = page.locator('#technique-timeline a.mark');
  await marks.first().focus();
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    seen.push(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset.date ?? ''));
    await page.keyboard.press('Tab');
  }
  // Each stop is a dated mark (a month or a day), and the stops come in date order.
  for (const date of seen) expect(date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  const sortable = seen.map((date) => date.padEnd(10, '-15'));
  expect(sortable).toEqual([...sortable].sort());
});

test('the year filter narrows the paper list and dims marks outside it', async ({ page }) => {
  await page.goto('techniques/mixture-of-experts/');
  const items = page.locator('.papers .paper-item');
  const total = await items.count();
  const lastYear = await page.locator('select[name="to"] option').last().getAttribute('value');
  await page.selectOption('select[name="from"]', lastYear!);
  const visible = page.locator('.papers .paper-item:visible');
  const expected = papersOf('mixture-of-experts').filter((p) => p.date?.startsWith(lastYear!)).length;
  await expect(visible).toHaveCount(expected);
  expect(expected).toBeLessThan(total);
  const visibleDates = await visible.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.date!));
  expect(visibleDates.every((d) => d.startsWith(lastYear!))).toBe(true);
  await expect(page.locator('#technique-timeline a.mark:not(.dimmed)')).toHaveCount(expected);
  await expect(page.locator('#technique-timeline .filter-status')).toContainText(`Showing ${expected} of`);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(visible).toHaveCount(total);
});

test('zoom in spreads the marks apart', async ({ page }) => {
  await page.goto('techniques/mixture-of-experts/');
  const spread = () =>
    page.locator('#technique-timeline a.mark circle').evaluateAll((cs) => {
      const xs = cs.map((c) => Number(c.getAttribute('cx')));
      return xs[Math.floor(xs.length / 2) + 1]! - xs[Math.floor(xs.length / 2) - 1]!;
    });
  const before = await spread();
  await page.getByRole('button', { name: 'Zoom in on the time axis' }).click();
  expect(await spread()).toBeGreaterThan(before * 1.5);
});

test('the timeline is in the HTML with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('techniques/mixture-of-experts/');
  const svg = page.locator('#technique-timeline svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('title')).toHaveText('Timeline of Mixture of experts');
  expect(await svg.locator('a.mark').count()).toBeGreaterThan(10);
  await expect(page.locator('#technique-timeline .controls')).toBeHidden();
  await context.close();
});

test('the global timeline filters by theme and technique', async ({ page }) => {
  test.skip(datedPapers > TIMELINE_MARK_LIMIT, 'the global timeline counts months instead; its year pages carry the marks');
  await page.goto('timeline/');
  const all = await page.locator('a.mark').count();
  expect(all).toBe(datedPapers);
  await page.selectOption('select[name="theme"]', 'compression');
  const compression = await page.locator('a.mark:not(.dimmed)').count();
  expect(compression).toBeGreaterThan(0);
  expect(compression).toBeLessThan(all);
  expect(await page.locator('a.mark:not(.dimmed)').evaluateAll((els) => els.every((el) => (el as SVGElement).dataset.group === 'compression'))).toBe(true);
  await page.selectOption('select[name="technique"]', 'quantization');
  const quantization = await page.locator('a.mark:not(.dimmed)').count();
  expect(quantization).toBeLessThanOrEqual(compression);
  expect(
    await page
      .locator('a.mark:not(.dimmed)')
      .evaluateAll((els) => els.every((el) => (el as SVGElement).dataset.techniques!.split(' ').includes('quantization'))),
  ).toBe(true);
});

test('without JavaScript the global timeline offers its papers as a table, or links the all-papers table when it is large', async ({ browser }) => {
  test.skip(datedPapers > TIMELINE_MARK_LIMIT, 'the global timeline counts months instead; its year pages carry the marks');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('timeline/');
  await expect(page.locator('#global-timeline svg a.mark')).toHaveCount(datedPapers);
  const table = page.locator('#global-timeline .as-table');
  if (datedPapers > TIMELINE_TABLE_LIMIT) {
    await expect(table).toHaveCount(0);
    await page.locator('#global-timeline').getByRole('link', { name: 'all papers, newest first' }).click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}papers/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All papers');
  } else {
    await table.locator('summary').click();
    await expect(table.locator('tbody tr')).toHaveCount(datedPapers);
  }
  await context.close();
});

test('the home trend chart links each theme to its techniques', async ({ page }) => {
  await page.goto('');
  const links = page.locator('.trend .theme-link');
  await expect(links).toHaveCount(THEME_COUNT);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE}techniques/#theme-`));
});
