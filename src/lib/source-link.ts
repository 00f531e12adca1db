// How a provenance row's source is shown: a link to the page read, or, where what was read has
// no address (a full-text search hit whose repository was not recorded), an honest description.

export interface SourceLink {
  href: string | null;
  text: string;
}

export function sourceLink(sourceUrl: string): SourceLink {
  if (/^https?:\/\//.test(sourceUrl)) return { href: sourceUrl, text: new URL(sourceUrl).hostname };
  if (sourceUrl.startsWith('find_string')) return { href: null, text: 'a GitHub file found by full-text search (repository not recorded)' };
  return { href: null, text: sourceUrl };
}
