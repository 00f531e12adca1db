// Author names as readers expect them. Some sources list "Surname, Given"; shown as
// "Given Surname" (BibTeX reads both forms, so exports keep the source's form).

export function displayAuthorName(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name;
}

export function formatAuthorList(names: readonly string[]): string {
  return names.map(displayAuthorName).join(', ');
}

/** Lists longer than this show their first names and a count; the rest sit behind a disclosure. */
export const LONG_AUTHOR_LIST = 15;
export const SHOWN_OF_LONG_LIST = 10;

export interface AuthorListParts {
  /** Names shown inline, in paper order. */
  shown: string[];
  /** Names left out of the inline list (empty for a short list). */
  hidden: string[];
  total: number;
}

/** A short list is shown whole; a long one (BIG-bench has hundreds) as its first names + "et al.". */
export function splitAuthorList(names: readonly string[], longerThan = LONG_AUTHOR_LIST, shown = SHOWN_OF_LONG_LIST): AuthorListParts {
  const display = names.map(displayAuthorName);
  if (display.length <= longerThan) return { shown: display, hidden: [], total: display.length };
  return { shown: display.slice(0, shown), hidden: display.slice(shown), total: display.length };
}
