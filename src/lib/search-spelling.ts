// "Did you mean": when a word of the query matches nothing, the closest word of the index's
// own vocabulary (titles, gists, technique names, authors) by edit distance.

/** Lower-case words without accents, so "Ré" and "Re" compare equal. */
export const foldWord = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Which vocabulary file holds a folded word: its first letter, or "0" for anything else. */
export const vocabularyShelf = (word: string): string => (/^[a-z]/.test(word) ? word[0]! : '0');

/** Words of at least three letters, most frequent first. */
export function buildVocabulary(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of foldWord(text).split(/[^\p{L}\p{N}-]+/u)) {
      if (word.length >= 3 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)] as number[]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** The closest vocabulary word (the more frequent on a tie), or null when none is close. */
export function suggestWord(word: string, vocabulary: string[]): string | null {
  const folded = foldWord(word);
  if (folded.length < 4) return null;
  const limit = folded.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const d = editDistance(folded, candidate, Math.min(limit, bestDistance - 1));
    if (d < bestDistance && candidate !== folded) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}
