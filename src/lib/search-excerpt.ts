// Which excerpt a search hit shows. Pagefind's page-wide excerpt leans to the heavily weighted
// title and technique aliases, which the hit shows anyway; where the words occur in the
// paper's abstract, the excerpt from that section says more.

export interface ExcerptSource {
  excerpt: string;
  /** Pagefind's sub-results: one per heading with an id that has matches below it. */
  sub_results?: { url: string; excerpt: string; locations?: number[] }[];
}

export function chooseExcerpt(data: ExcerptSource, sectionAnchor: string): string {
  const section = data.sub_results?.find((s) => s.url.endsWith(`#${sectionAnchor}`) && (s.locations?.length ?? 0) > 0);
  return section?.excerpt ?? data.excerpt;
}
