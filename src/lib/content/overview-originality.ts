// Overviews are our own words: a run of words repeated from a paper's abstract is a copied
// sentence (or most of one), however it is linked or emphasised.

/** How many consecutive words an overview may share with an abstract before it counts as copied. */
export const COPIED_RUN_WORDS = 8;

interface Word {
  text: string;
  line: number;
}

/** Lower-case words with their 1-based line; link targets and Markdown markers are not words. */
function wordsOf(markdown: string): Word[] {
  return markdown.split(/\r?\n/).flatMap((line, i) =>
    (
      line
        .replace(/\]\([^)]*\)/g, ']')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).map((text) => ({ text, line: i + 1 })),
  );
}

export interface CopiedRun {
  /** Line in the overview (1-based) where the run starts. */
  line: number;
  words: string;
  /** The paper whose abstract has the same run. */
  source: string;
}

/** Each run of COPIED_RUN_WORDS words: the words joined by spaces, where the run starts. */
function runsOf(words: Word[]): { run: string; line: number }[] {
  const runs = [];
  for (let i = 0; i + COPIED_RUN_WORDS <= words.length; i++) {
    runs.push({
      run: words
        .slice(i, i + COPIED_RUN_WORDS)
        .map((w) => w.text)
        .join(' '),
      line: words[i]!.line,
    });
  }
  return runs;
}

/** Every run of words in the abstracts, with the paper it is from; build once, check many overviews. */
export function indexAbstractRuns(abstracts: { source: string; text: string }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const { source, text } of abstracts) {
    // The MDX escapes (\{ \<) are not part of the words.
    for (const { run } of runsOf(wordsOf(text.replace(/\\/g, '')))) if (!index.has(run)) index.set(run, source);
  }
  return index;
}

/** Every place where an overview repeats COPIED_RUN_WORDS consecutive words of an abstract, one per line. */
export function findCopiedRuns(overview: string, abstractRuns: Map<string, string>): CopiedRun[] {
  const found = new Map<number, CopiedRun>();
  for (const { run, line } of runsOf(wordsOf(overview))) {
    const source = abstractRuns.get(run);
    if (source && !found.has(line)) found.set(line, { line, words: run, source });
  }
  return [...found.values()];
}
