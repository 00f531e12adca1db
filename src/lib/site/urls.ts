// Every internal URL goes through here so the site works under a sub-path base (/atlas/).

/** Joins the deploy base ('/' or '/atlas/') and a site path ('/papers/x/'). */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const absolutePath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${absolutePath}`;
}

const BASE: string = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** A site path with the configured base in front. */
export function url(path: string): string {
  return joinBase(BASE, path);
}

export const paperPath = (slug: string): string => `/papers/${slug}/`;
export const techniquePath = (id: string): string => `/techniques/${id}/`;
/** The abstract's heading on a paper page: a link target, and where search excerpts come from. */
export const ABSTRACT_ANCHOR = 'abstract';
