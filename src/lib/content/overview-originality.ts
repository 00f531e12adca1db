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

/** Every run of words in the abstracts, with the paper it is from; build once, check many
 * overviews. Given the texts that will be checked, only the runs that occur in them are kept
 * (a run's first two words are looked up before its string is built, which spares most of the
 * work on a large collection). */
export function indexAbstractRuns(abstracts: { source: string; text: string }[], checkedTexts?: readonly string[]): Map<string, string> {
  const wanted = checkedTexts ? new Set(checkedTexts.flatMap((text) => runsOf(wordsOf(text)).map((r) => r.run))) : null;
  const wantedStarts = wanted ? new Set([...wanted].map((run) => run.split(' ', 2).join(' '))) : null;
  const index = new Map<string, string>();
  for (const { source, text } of abstracts) {
    // The MDX escapes (\{ \<) are not part of the words.
    const words = wordsOf(text.replace(/\\/g, ''));
    for (let i = 0; i + COPIED_RUN_WORDS <= words.length; i++) {
      if (wantedStarts && !wantedStarts.has(`${words[i]!.text} ${words[i + 1]!.text}`)) continue;
      const run = words
        .slice(i, i + COPIED_RUN_WORDS)
        .map((w) => w.text)
        .join(' ');
      if ((!wanted || wanted.has(run)) && !index.has(run)) index.set(run, source);
    }
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
