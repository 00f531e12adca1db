// Journey: a reading group starts from a technique's reading path, and a reader can tell an
// editor-added paper from a listed one. Expectations come from the content files.
import { test } from '@playwright/test';
import { expectAboutCounts, expectEditorsPaperPage, expectStartHere, readEditorRows, readPapers, readTechniques } from './editorial.ts';

const papers = readPapers(['content/papers']);
const techniques = readTechniques(['content/techniques']);
const rows = readEditorRows(['content/provenance/editors.tsv']);

test('each technique shows its reading path above the list (or none when it has none), ringed on the timeline', async ({ page }) => {
  test.setTimeout(240_000);
  for (const technique of techniques) await expectStartHere(page, technique, papers);
});

test('editor-added papers say so, cite each fact, and quote or link their abstract', async ({ page }) => {
  test.setTimeout(240_000);
  for (const paper of [...papers.values()].filter((p) => p.origin === 'editors')) await expectEditorsPaperPage(page, paper, rows);
});

test('the About page counts listed and editor-added papers', async ({ page }) => {
  await expectAboutCounts(page, papers);
});
