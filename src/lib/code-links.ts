// Finds the code repository an abstract names ("code is available at https://github.com/o/r.")
// and writes it in one form, https://github.com/owner/name, so lists and filters can rely on it.

/** GitHub's own rules: an owner is 1-39 letters, digits or inner hyphens; a name 1-100 of [A-Za-z0-9._-]. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** A github.com address as it appears in running text, with or without a scheme or www; the
 * name stops at the first character a repository name cannot hold (a LaTeX `{`, a bracket). */
const GITHUB_IN_TEXT = /(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)/gi;
/** Owners that are GitHub pages, not accounts: github.com/topics/x is no repository. */
const NOT_OWNERS = new Set(['topics', 'orgs', 'features', 'marketplace', 'sponsors', 'settings', 'about', 'collections']);

/** The canonical URL of a repository, or null when owner/name is not a valid GitHub pair. */
export function normaliseGithubRepo(owner: string, name: string): string | null {
  const repo = name
    .replace(/[.,;:!]+$/, '') // sentence punctuation after the URL
    .replace(/\.git$/i, '');
  if (!OWNER.test(owner) || NOT_OWNERS.has(owner.toLowerCase())) return null;
  if (!NAME.test(repo) || repo === '.' || repo === '..') return null;
  return `https://github.com/${owner}/${repo}`;
}

/** Every distinct repository an abstract names, in order of appearance. */
export function githubReposInText(text: string): string[] {
  // An abstract escaped for MDX may hold `\_` in a bare address: read it as the text it shows.
  const plain = text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const found: string[] = [];
  for (const match of plain.matchAll(GITHUB_IN_TEXT)) {
    const url = normaliseGithubRepo(match[1]!, match[2]!);
    if (url && !found.some((u) => u.toLowerCase() === url.toLowerCase())) found.push(url);
  }
  return found;
}

export interface CodeLink {
  url: string;
  /** 'abstract' when the paper's own abstract names it, else the URL of the source that does. */
  source: string;
}

/** The code fact an abstract gives: its first repository, or null when it names none. */
export function codeLinkFromAbstract(abstract: string): CodeLink | null {
  const [url] = githubReposInText(abstract);
  return url ? { url, source: 'abstract' } : null;
}

/** True for a URL in the canonical form normaliseGithubRepo writes. */
export function isCanonicalGithubRepo(url: string): boolean {
  const match = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(url);
  return match !== null && normaliseGithubRepo(match[1]!, match[2]!) === url;
}
