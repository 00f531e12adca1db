// Our ranker: the built site's own search page in a browser. Each query is typed into the
// page's search box and the paper results are read off the rendered list, so the harness
// measures exactly what a reader gets (synonyms, fusion, spelling fixes included).
import type { Page } from 'playwright';

const PAPER_LINK = /\/papers\/([^/]+)\//;

/** Runs each query on the search page already open in `page`; paper slugs per query, best first. */
export async function rankOnSite(page: Page, queries: string[], depth = 10): Promise<string[][]> {
  const ranked: string[][] = [];
  for (const query of queries) {
    ranked.push(
      await page.evaluate(
        async ([q, k]) => {
          const form = document.querySelector<HTMLFormElement>('form[data-search-page]')!;
          const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
          const expected = new URLSearchParams({ q }).toString();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          while (form.dataset.renderedQuery !== expected) await new Promise((r) => setTimeout(r, 2));
          return [...document.querySelectorAll<HTMLAnchorElement>('.search-results .search-hit.kind-paper a.hit-title')].slice(0, k).map((a) => a.pathname);
        },
        [query, depth] as const,
      ),
    );
  }
  return ranked.map((paths) => paths.map((p) => PAPER_LINK.exec(p)?.[1] ?? p));
}
