// Journey: a reader browses the survey by technique.
import { expect, test } from '@playwright/test';
import { TECHNIQUE_IDS } from '../../src/lib/taxonomy.ts';
import { contentPapers as papers, TECHNIQUE_COUNT, THEME_COUNT } from '../content.ts';

test('each technique page lists exactly the papers that carry its id, primary first', async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of TECHNIQUE_IDS) {
    await page.goto(`techniques/${id}/`);
    const primary = await page.locator('.paper-list[data-role="primary"] .paper-item').evaluateAll((els) => els.map((el) => el.id));
    const related = await page.locator('.paper-list[data-role="related"] .paper-item').evaluateAll((els) => els.map((el) => el.id));
    expect(primary.sort(), id).toEqual(
      papers
        .filter((p) => p.primary === id)
        .map((p) => p.slug)
        .sort(),
    );
    expect(related.sort(), id).toEqual(
      papers
        .filter((p) => p.primary !== id && p.related.includes(id))
        .map((p) => p.slug)
        .sort(),
    );
    expect(primary.length + related.length, `${id} needs at least five papers`).toBeGreaterThanOrEqual(5);
  }
});

test('a technique page has an overview citing papers of the collection', async ({ page }) => {
  await page.goto('techniques/quantization/');
  const overview = page.locator('.overview');
  await expect(overview.locator('h3')).toHaveCount(4);
  const cited = overview.locator('a[href*="/papers/"]');
  expect(await cited.count()).toBeGreaterThanOrEqual(5);
  await cited.first().click();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page).toHaveURL(/\/papers\/[a-z0-9-]+\/$/);
});

test('paper pages link their techniques', async ({ page }) => {
  const paper = papers.find((p) => p.related.length > 0)!;
  await page.goto(`papers/${paper.slug}/`);
  const badges = page.locator('.badges a');
  await expect(badges).toHaveCount(1 + paper.related.length);
  await expect(badges.first()).toHaveAttribute('href', new RegExp(`/techniques/${paper.primary}/$`));
});

test('the techniques index shows every theme and technique with counts', async ({ page }) => {
  await page.goto('techniques/');
  await expect(page.locator('.theme')).toHaveCount(THEME_COUNT);
  await expect(page.locator('.techniques > li')).toHaveCount(TECHNIQUE_COUNT);
  await expect(page.locator('.techniques > li .stats').first()).toContainText(/\d+ papers · \d{4}/);
});

test('previous and next technique within a theme', async ({ page }) => {
  await page.goto('techniques/dynamic-depth/');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /techniques\/mixture-of-experts\/$/);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', /techniques\/elastic-models\/$/);
});

test('the paper lists switch to oldest first and back, and a shared link keeps the order', async ({ page }) => {
  await page.goto('techniques/mixture-of-experts/');
  const items = page.locator('.paper-list[data-role="primary"] .paper-item');
  const dates = () =>
    items.evaluateAll((els) =>
      els
        .map((el) => (el as HTMLElement).dataset.date!)
        .filter(Boolean)
        .map((d) => d.slice(0, 7)),
    );
  const newest = await dates();
  expect(newest).toEqual([...newest].sort().reverse());
  await page.getByRole('button', { name: 'Oldest first' }).click();
  await expect(page.getByRole('button', { name: 'Oldest first' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?order=oldest$/);
  expect(await dates()).toEqual([...newest].reverse());
  const years = await page
    .locator('.paper-list[data-role="primary"] [data-year-group]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.year));
  expect(years).toEqual([...years].sort());
  await page.reload();
  expect(await dates()).toEqual([...newest].reverse());
  await page.getByRole('button', { name: 'Newest first' }).click();
  await expect(page).toHaveURL(/mixture-of-experts\/$/);
  expect(await dates()).toEqual(newest);
});
