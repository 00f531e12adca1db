// Journey: a reader lands on the home page, opens the list of papers, sorts it, and reads one.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { E2E_BASE } from '../../playwright.config.ts';
import { splitPaperFile } from '../../src/lib/content/paper-file.ts';
import { formatAuthorList, LONG_AUTHOR_LIST, SHOWN_OF_LONG_LIST } from '../../src/lib/content/authors.ts';
import { formatPaperDate } from '../../src/lib/content/dates.ts';
import { PAPER_COUNT } from '../content.ts';

test('home page names the survey, its size and links to the paper list', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle('Transformer Atlas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transformer Atlas');
  await expect(page.locator('main')).toContainText(new RegExp(`\\b${PAPER_COUNT}\\b papers`));
  await page.getByRole('link', { name: 'Browse them all' }).click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE}papers/$`));
});

test('all-papers table lists every paper and sorts by title and date', async ({ page }) => {
  await page.goto('papers/');
  const rows = page.locator('table.paper-table tbody tr');
  // The rest of the rows load as the reader nears the end of the first ones.
  await rows.last().scrollIntoViewIfNeeded();
  await expect(rows).toHaveCount(PAPER_COUNT, { timeout: 30_000 });
  // Default order: newest first, unknown dates last.
  const dates = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.date ?? ''));
  const known = dates.filter(Boolean);
  expect(known).toEqual([...known].sort().reverse());
  expect(dates.slice(known.length).every((d) => d === '')).toBe(true);

  await page.getByRole('button', { name: 'Title' }).click();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  const titles = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.title ?? ''));
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));

  await page.getByRole('button', { name: 'Technique' }).click();
  const techniques = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td.technique')!.textContent!.trim().toLowerCase()));
  expect(techniques).toEqual([...techniques].sort((a, b) => a.localeCompare(b)));
});

test("each row links its paper's primary technique", async ({ page }) => {
  await page.goto('papers/');
  await page.locator('table.paper-table tbody tr').last().scrollIntoViewIfNeeded();
  const row = page.locator('table.paper-table tbody tr', { hasText: 'MatFormer: Nested Transformer for Elastic Inference' });
  await row.locator('td.technique a').click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE}techniques/elastic-models/$`));
});

test('a paper page shows title, date, authors and the quoted abstract', async ({ page }) => {
  const { data } = splitPaperFile(readFileSync('content/papers/matformer-nested-transformer-for-elastic-inference.mdx', 'utf8'));
  await page.goto('papers/matformer-nested-transformer-for-elastic-inference/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MatFormer: Nested Transformer for Elastic Inference');
  await expect(page.locator('.facts')).toContainText('11 Oct 2023 (exact day');
  await expect(page.locator('.facts')).toContainText(formatAuthorList(data.authors as string[]));
  await expect(page.locator('[data-abstract]')).toContainText('This work introduces MatFormer, a nested Transformer architecture');
  await expect(page.locator('.quote-note')).toHaveText(/^Quoted from the paper/);
});

test('a paper dated to the month only says so', async ({ page }) => {
  await page.goto('papers/1-bit-adam-communication-efficient-large-scale-training-with-adams/');
  await expect(page.locator('.facts')).toContainText('Month of the arXiv identifier: Feb 2021 (month only)');
});

test("a date taken from arXiv's first version says so", async ({ page }) => {
  const { data } = splitPaperFile(readFileSync('content/papers/quantease-optimization-based-quantization-for-language-models.mdx', 'utf8'));
  expect(data.dateSource).toBe('arxiv');
  await page.goto('papers/quantease-optimization-based-quantization-for-language-models/');
  await expect(page.locator('.facts')).toContainText(
    `First arXiv version (v1): ${formatPaperDate(data as { date: string; datePrecision: 'day' })} (exact day)`,
  );
});

test('a paper with hundreds of authors shows the first ones, "et al." and the count, and all of them on request', async ({ page }) => {
  const slug = 'beyond-the-imitation-game-quantifying-and-extrapolating-the-capabilities';
  const authors = splitPaperFile(readFileSync(`content/papers/${slug}.mdx`, 'utf8')).data.authors as string[];
  expect(authors.length).toBeGreaterThan(LONG_AUTHOR_LIST);
  await page.goto(`papers/${slug}/`);
  const facts = page.locator('.facts');
  await expect(facts).toContainText(`${authors.slice(0, SHOWN_OF_LONG_LIST).join(', ')} et al. (${authors.length} authors)`);
  const all = facts.locator('details.all-authors');
  await expect(all.locator('p')).toBeHidden();
  await all.locator('summary').click();
  await expect(all.locator('p')).toContainText(authors.at(-1)!);
});

test('unknown addresses get the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Start at the home page' })).toHaveAttribute('href', E2E_BASE);
});

test('from a paper, step to the older and newer papers of its technique and to its place in the list', async ({ page }) => {
  await page.goto('papers/matformer-nested-transformer-for-elastic-inference/');
  const nav = page.getByRole('navigation', { name: 'More in Elastic and nested models' });
  const dateOf = async () => (await page.locator('[data-paper-date]').getAttribute('data-paper-date'))!;
  const here = await dateOf();
  await nav.locator('li', { hasText: 'Older' }).getByRole('link').click();
  expect((await dateOf()) <= here).toBe(true);
  await expect(page.locator('.badges')).toContainText('Elastic and nested models');
  await page.goBack();
  await nav.locator('li', { hasText: 'Newer' }).getByRole('link').click();
  expect((await dateOf()) >= here).toBe(true);
  await page.goBack();
  await nav.getByRole('link', { name: /This paper among all \d+ of Elastic and nested models/ }).click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE}techniques/elastic-models/#matformer-nested-transformer-for-elastic-inference$`));
  await expect(page.locator('#matformer-nested-transformer-for-elastic-inference')).toBeInViewport();
});
