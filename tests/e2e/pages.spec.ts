// Lists split into pages: /papers/ grows into the whole table with JavaScript and is walked
// page by page without it; links to a paper's place in a list land on its row.
import { expect, test } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config.ts';
import { PAPER_COUNT, contentPapers } from '../content.ts';
import { PAPERS_PAGE_SIZE, pageCount } from '../../src/lib/site/pagination.ts';

const rows = 'table.paper-table tbody tr';

test('without JavaScript, the pages of /papers/ together list every paper once', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('papers/');
  const seen: string[] = [];
  for (let n = 1; ; n++) {
    await expect(page.locator(rows).first()).toBeVisible();
    seen.push(...(await page.locator(rows).evaluateAll((trs) => trs.map((tr) => tr.id))));
    // Links stay under the sub-path the site is built for.
    await expect(page.locator(`${rows} td a`).first()).toHaveAttribute('href', new RegExp(`^${E2E_BASE}papers/`));
    const next = page.getByRole('link', { name: 'Next →' }).first();
    if ((await next.count()) === 0) {
      expect(n).toBe(pageCount(PAPER_COUNT, PAPERS_PAGE_SIZE));
      break;
    }
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}papers/page/${n + 1}/$`));
  }
  expect(seen).toHaveLength(PAPER_COUNT);
  expect(new Set(seen).size).toBe(PAPER_COUNT);
  await context.close();
});

test('with JavaScript, /papers/ holds every paper in one table once the reader scrolls on, and the page links go', async ({ page }) => {
  await page.goto('papers/');
  await page.locator(rows).last().scrollIntoViewIfNeeded();
  await expect(page.locator(rows)).toHaveCount(PAPER_COUNT, { timeout: 30_000 });
  await expect(page.locator('[data-page-nav]').first()).toBeHidden();
  // Appended rows look like the first ones: same cells, same links under the base.
  const last = page.locator(rows).last();
  await expect(last.locator('td')).toHaveCount(4);
  await expect(last.locator('td.technique a')).toHaveAttribute('href', new RegExp(`^${E2E_BASE}techniques/`));
});

test('the sort buttons work from the keyboard on the whole table', async ({ page }) => {
  await page.goto('papers/');
  // Reaching a sort button by keyboard is enough to bring in the remaining rows.
  await page.getByRole('button', { name: 'Title' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(rows)).toHaveCount(PAPER_COUNT, { timeout: 30_000 });
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  const titles = await page.locator(rows).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.title ?? ''));
  expect(titles).toHaveLength(PAPER_COUNT);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
});

test("a paper's link to its place in the technique's list lands on its row, without JavaScript too", async ({ browser }) => {
  // The oldest dated paper of the largest technique: the one most likely to be past page 1.
  const counts = new Map<string, number>();
  for (const p of contentPapers) counts.set(p.primary, (counts.get(p.primary) ?? 0) + 1);
  const technique = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const paper = contentPapers.filter((p) => p.primary === technique && p.date).sort((a, b) => a.date!.localeCompare(b.date!))[0]!;
  const slug = paper.file.replace(/\.mdx$/, '');
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`papers/${slug}/`);
    await page.locator('.paper-neighbours p a').click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}techniques/${technique}/(page/\\d+/)?#${slug}$`));
    await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
    await context.close();
  }
});

test('a shared link to a row of /papers/ that arrives in a later chunk scrolls to it', async ({ page }) => {
  const oldest = contentPapers.filter((p) => p.date).sort((a, b) => a.date!.localeCompare(b.date!))[0]!;
  const slug = oldest.file.replace(/\.mdx$/, '');
  await page.goto(`papers/#${slug}`);
  await expect(page.locator(`[id="${slug}"]`)).toBeInViewport({ timeout: 30_000 });
});
