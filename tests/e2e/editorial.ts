// Checks shared by the site and the fixture build: a technique's reading path ("Start here")
// and the pages of editor-added papers. Expectations come from the content files, never counts.
import { expect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEditorsTable } from '../../src/lib/editor-provenance.ts';
import type { EditorsProvenanceRow } from '../../src/lib/editor-facts.ts';
import { unescapeMdxText } from '../../src/lib/mdx-text.ts';
import { splitPaperFile } from '../../src/lib/paper-file.ts';

export interface PaperFacts {
  slug: string;
  title: string;
  date: string | null;
  origin?: string;
  arxivId: string | null;
  primary: string;
  related: string[];
  body: string;
}

export interface TechniqueFacts {
  id: string;
  startHere?: { paper: string; why: string }[];
}

function readFolder<T>(folder: string, read: (name: string, text: string) => T): T[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => read(n, readFileSync(join(folder, n), 'utf8')));
}

/** The papers of the given folders, by slug. */
export function readPapers(folders: string[]): Map<string, PaperFacts> {
  const papers = folders.flatMap((folder) =>
    readFolder(folder, (_, text) => {
      const { data, body } = splitPaperFile(text);
      return { ...(data as unknown as PaperFacts), body: unescapeMdxText(body).trim() };
    }),
  );
  return new Map(papers.map((p) => [p.slug, p]));
}

/** The techniques of the given folders; a later folder's file replaces an earlier one's. */
export function readTechniques(folders: string[]): TechniqueFacts[] {
  const byId = new Map<string, TechniqueFacts>();
  for (const folder of folders) {
    for (const t of readFolder(folder, (name, text) => ({ ...(splitPaperFile(text).data as unknown as TechniqueFacts), id: name.replace(/\.mdx$/, '') })))
      byId.set(t.id, t);
  }
  return [...byId.values()];
}

export function readEditorRows(files: string[]): EditorsProvenanceRow[] {
  return files.filter(existsSync).flatMap((file) => parseEditorsTable(readFileSync(file, 'utf8')).rows.map((r) => r.row));
}

/** The section is there, above the full list, with the papers in reading order; the timeline
 * rings exactly the steps it can place, and its table says "start here" too. */
export async function expectStartHere(page: Page, technique: TechniqueFacts, papers: Map<string, PaperFacts>) {
  const steps = technique.startHere ?? [];
  await page.goto(`techniques/${technique.id}/`);
  const section = page.locator('section[data-start-here]');
  if (steps.length === 0) {
    await expect(page.getByRole('heading', { name: 'Start here' })).toHaveCount(0);
    await expect(page.locator('#technique-timeline a.mark.start-here')).toHaveCount(0);
    return;
  }
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Start here');
  const above = await section.evaluate((el) => {
    const list = document.querySelector('#papers-heading');
    return list !== null && Boolean(el.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(above, `${technique.id}: Start here comes before the full list`).toBe(true);
  const items = section.locator('ol > li');
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-slug')))).toEqual(steps.map((s) => s.paper));
  for (const [i, step] of steps.entries()) {
    const paper = papers.get(step.paper)!;
    const item = items.nth(i);
    await expect(item.getByRole('link')).toHaveText(paper.title);
    await expect(item.getByRole('link')).toHaveAttribute('href', new RegExp(`/papers/${step.paper}/$`));
    await expect(item).toContainText(`(${paper.date ? paper.date.slice(0, 4) : 'date unknown'})`);
    await expect(item.locator('.why')).toHaveText(step.why);
  }

  const placed = steps
    .map((step, i) => ({ ...step, position: i + 1, paper: papers.get(step.paper)! }))
    .filter(({ paper }) => paper.date !== null && (paper.primary === technique.id || paper.related.includes(technique.id)));
  await expect(page.locator('#technique-timeline a.mark.start-here')).toHaveCount(placed.length);
  for (const step of placed) {
    const label = `start here, ${step.position} of ${steps.length}`;
    const mark = page.locator(`#technique-timeline a.mark[data-slug="${step.paper.slug}"]`);
    await expect(mark).toHaveClass(/\bstart-here\b/);
    await expect(mark).toHaveAttribute('aria-label', new RegExp(`, ${label}$`));
    await expect(mark.locator('circle.ring')).toHaveCount(1);
    const row = page.locator('#technique-timeline .as-table tr', { has: page.locator(`a[href$="/papers/${step.paper.slug}/"]`) });
    await expect(row).toContainText(label);
  }
  if (placed.length > 0) await expect(page.locator('#technique-timeline .legend')).toContainText('start here');
}

/** An editor-added paper says so, cites a source per fact, and quotes or links its abstract. */
export async function expectEditorsPaperPage(page: Page, paper: PaperFacts, rows: EditorsProvenanceRow[]) {
  await page.goto(`papers/${paper.slug}/`);
  await expect(page.locator('.facts')).toContainText('Added by the editors (not from a listing capture)');
  await expect(page.locator('.facts')).not.toContainText('Listed in');
  const sources = page.locator('section.sources');
  await expect(sources.getByRole('heading', { level: 2 })).toBeVisible();
  const own = rows.filter((r) => r.slug === paper.slug);
  expect(own.length, `${paper.slug} has provenance rows`).toBeGreaterThan(0);
  for (const row of own) {
    await expect(sources.locator(`[data-fact="${row.fact}"] a[href="${row.source_url}"]`).first()).toBeVisible();
  }
  if (paper.body === '') {
    await expect(page.locator('[data-abstract]')).toHaveCount(0);
    const missing = page.locator('[data-abstract-missing]');
    await expect(missing).toContainText('The abstract is not recorded here');
    if (paper.arxivId) await expect(missing.getByRole('link')).toHaveAttribute('href', `https://arxiv.org/abs/${paper.arxivId}`);
  } else {
    await expect(page.locator('[data-abstract]')).toHaveText(paper.body);
    const source = own.find((r) => r.fact === 'abstract')!;
    await expect(page.locator('.quote-note')).toContainText('Quoted from the paper as shown on');
    await expect(page.locator('.quote-note').getByRole('link')).toHaveAttribute('href', source.source_url);
    await expect(page.locator('.quote-note')).not.toContainText('source listing');
  }
}

/** The About page counts listed and editor-added papers as the content has them. */
export async function expectAboutCounts(page: Page, papers: Map<string, PaperFacts>) {
  const all = [...papers.values()];
  const editors = all.filter((p) => p.origin === 'editors').length;
  const listed = all.length - editors;
  await page.goto('about/');
  const intro = page.locator('#sources + p');
  await expect(intro).toContainText(`${listed} ${listed === 1 ? 'paper comes' : 'papers come'} from these listings`);
  if (editors > 0) {
    await expect(intro).toContainText(`the other ${editors} ${editors === 1 ? 'paper was' : 'papers were'} added by the editors`);
    await expect(intro.getByRole('link', { name: /added by the editors/ })).toHaveAttribute('href', '#editors');
  } else {
    await expect(intro).not.toContainText('added by the editors');
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Papers added by the editors' })).toBeVisible();
}
