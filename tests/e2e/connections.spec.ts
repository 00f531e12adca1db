// Journey: from one paper to the next. Lineage arcs on a technique timeline (drawn without
// JavaScript; focus shows a mark's ancestors), and the paper page's code, lineage and similar papers.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { splitPaperFile } from '../../src/lib/content/paper-file.ts';
import { githubReposInText } from '../../src/lib/content/code-links.ts';

interface ContentPaper {
  slug: string;
  date: string | null;
  primary: string;
  related: string[];
  buildsOn?: { paper: string }[];
  code?: { url: string } | null;
  body: string;
}
const papers: ContentPaper[] = readdirSync('content/papers').map((name) => {
  const { data, body } = splitPaperFile(readFileSync(`content/papers/${name}`, 'utf8'));
  return { ...(data as unknown as ContentPaper), body };
});
const bySlug = new Map(papers.map((p) => [p.slug, p]));
const carries = (p: ContentPaper, technique: string) => p.date !== null && (p.primary === technique || p.related.includes(technique));

/** The lineage edges each technique timeline should draw: both papers dated and on it. */
function edgesOn(technique: string) {
  return papers.flatMap((p) =>
    (p.buildsOn ?? []).filter((e) => carries(p, technique) && carries(bySlug.get(e.paper)!, technique)).map((e) => `${p.slug} -> ${e.paper}`),
  );
}
const techniques = [...new Set(papers.map((p) => p.primary))];
const [richest] = techniques.map((t) => [t, edgesOn(t).length] as const).sort((a, b) => b[1] - a[1]);
const technique = richest![0];

test.describe('lineage on a technique timeline', () => {
  test.skip(!richest || richest[1] === 0, 'no technique has lineage edges among its papers');

  test('draws every edge among its papers in the SVG, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`techniques/${technique}/`);
    const drawn = await page
      .locator('#technique-timeline svg .edges path')
      .evaluateAll((paths) => paths.map((p) => `${(p as SVGElement).dataset.from} -> ${(p as SVGElement).dataset.to}`));
    expect(drawn.sort()).toEqual(edgesOn(technique).sort());
    await expect(page.locator('#technique-timeline svg .edges path').first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+ Q/);
    await context.close();
  });

  test('focusing a mark highlights its ancestors and dims the rest', async ({ page }) => {
    await page.goto(`techniques/${technique}/`);
    const [from, to] = edgesOn(technique)[0]!.split(' -> ') as [string, string];
    await page.locator(`#technique-timeline a.mark[data-slug="${from}"]`).focus();
    await expect(page.locator(`#technique-timeline a.mark[data-slug="${to}"]`)).toHaveAttribute('data-lineage', 'ancestor');
    await expect(page.locator(`#technique-timeline .edges path[data-from="${from}"][data-to="${to}"]`)).toHaveClass(/in-lineage/);
    await expect(page.locator('#technique-timeline svg')).toHaveClass(/lineage-focus/);
    await page.locator(`#technique-timeline a.mark[data-slug="${to}"]`).focus();
    await expect(page.locator(`#technique-timeline a.mark[data-slug="${from}"]`)).toHaveAttribute('data-lineage', 'descendant');
  });

  test('the technique page with edges has no axe violations, with a mark focused', async ({ page }) => {
    await page.goto(`techniques/${technique}/`);
    const [from] = edgesOn(technique)[0]!.split(' -> ');
    await page.locator(`#technique-timeline a.mark[data-slug="${from}"]`).focus();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
});

test('a paper page links its code, its lineage both ways, and five similar papers', async ({ page }) => {
  const later = papers.find((p) => (p.buildsOn ?? []).length > 0 && p.code)!;
  const earlier = (later.buildsOn ?? [])[0]!.paper;
  await page.goto(`papers/${later.slug}/`);
  await expect(page.locator('a[data-code-link]')).toHaveAttribute('href', later.code!.url);
  await expect(page.locator('[data-lineage="builds-on"] li').first()).toHaveAttribute('data-slug', earlier);
  await expect(page.locator('[data-similar] li')).toHaveCount(5);
  await expect(page.locator(`[data-similar] li[data-slug="${later.slug}"]`)).toHaveCount(0);
  await page.goto(`papers/${earlier}/`);
  await expect(page.locator(`[data-lineage="built-upon-by"] li[data-slug="${later.slug}"]`)).toHaveCount(1);
});

test('the all-papers table marks, in words, every paper whose abstract names a GitHub repository', async ({ page }) => {
  const withRepo = papers.filter((p) => githubReposInText(p.body).length > 0);
  await page.goto('papers/');
  // Rows past the first page arrive from JSON chunks as the reader scrolls on; they carry the mark too.
  await page.locator('.paper-table tbody tr').last().scrollIntoViewIfNeeded();
  await expect(page.locator('.paper-table a[data-code-mark]')).toHaveCount(withRepo.length, { timeout: 30_000 });
  await expect(page.locator('.paper-table a[data-code-mark]').first()).toHaveAccessibleName(/^Code for “.+” on GitHub$/);
});

test('the search "Has code" filter keeps exactly the papers with a code repository, and lives in the URL', async ({ page }) => {
  const withCode = papers.filter((p) => p.code);
  await page.goto('search/');
  await page.getByLabel('Has code').check();
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${withCode.length} papers`));
  expect(new URL(page.url()).searchParams.get('code')).toBe('yes');
  await page.reload();
  await expect(page.getByLabel('Has code')).toBeChecked();
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${withCode.length} papers`));
});
