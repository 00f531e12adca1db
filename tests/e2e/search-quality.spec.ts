// A quality floor for search ranking: over the judged queries (tests/search/queries.json),
// the built site's search must rank at least as well as plain BM25 over title + abstract.
// The same evaluation as npm run search:eval; nothing here is a hard-coded score.
import { expect, test } from '@playwright/test';
import { evaluateSearch } from '../../scripts/search-eval/evaluate.ts';

test('the search page ranks the judged queries at least as well as BM25', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('search/');
  const { scores } = await evaluateSearch(page);
  const { ours, yardstick } = scores.all.overall!;
  expect(ours.ndcg10, 'nDCG@10').toBeGreaterThanOrEqual(yardstick.ndcg10);
  expect(ours.recall5, 'recall@5').toBeGreaterThanOrEqual(yardstick.recall5);
});
