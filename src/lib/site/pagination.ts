// Long lists split into pages so no page grows with the collection: page 1 lives at the list's
// own path, page n at <path>page/n/. Pure, so the pages and the links into them agree.

/** Rows of the all-papers table per HTML page (and per JSON chunk the browser loads after it). */
export const PAPERS_PAGE_SIZE = 100;
export const PAPERS_CHUNK_SIZE = 1000;
/** Papers of a technique listed per page (primary first, then related). */
export const TECHNIQUE_PAGE_SIZE = 200;

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of 1-based page `page`. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The 1-based page that holds the item at `index`. */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}

/** The page of the item called `slug` in `items`, or null when it is not in the list. */
export function pageOfSlug(items: readonly { id: string }[], slug: string, size: number): number | null {
  const at = items.findIndex((item) => item.id === slug);
  return at === -1 ? null : pageOfIndex(at, size);
}

/** Site path of page `page` of the list at `listPath` ('/papers/' -> '/papers/page/2/'). */
export function pagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : `${listPath}page/${page}/`;
}

/** Page numbers 2..count, for getStaticPaths of the page/n/ routes. */
export function laterPages(count: number): number[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => i + 2);
}

/** The page numbers a pager shows: first, last, and the current one with `around` either side;
 * null stands for a gap. */
export function pagerPages(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}
