// The words of a search query that carry meaning, shared by the search client (which counts
// and matches them) and the excerpt builder (which marks them).

const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from how in into is it make makes of on or than that the their them to use using via what when which with without'.split(
    ' ',
  ),
);

/** Distinct lower-case words of two or more characters, without stop words; hyphens kept ("kv-cache"). */
export function meaningfulWords(term: string): string[] {
  return [
    ...new Set(
      term
        .toLowerCase()
        .split(/[^\p{L}\p{N}-]+/u)
        .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
    ),
  ];
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Neighbouring pairs of meaningful words as typed ("kv cache eviction" → "kv cache",
 * "cache eviction"), plus the whole query when longer, for exact phrase searches. */
export function queryPhrases(term: string): string[] {
  const words = term.toLowerCase().split(/\s+/).filter(Boolean);
  const meaningful = (w: string) => meaningfulWords(w).length > 0;
  const pairs = words.slice(1).flatMap((w, i) => (meaningful(words[i]!) && meaningful(w) ? [`${words[i]} ${w}`] : []));
  return [...new Set(words.length > 2 ? [...pairs, words.join(' ')] : pairs)];
}
