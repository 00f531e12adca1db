// What content/ and the taxonomy hold, read the way the site reads them, so tests derive every
// expected count from the collection: adding a paper or a technique never turns them red.
import { readPaperSources } from '../src/lib/content-files.ts';
import { paperSchema, type Paper } from '../src/lib/schemas.ts';
import { TECHNIQUE_IDS, THEMES } from '../src/lib/taxonomy.ts';

export interface ContentPaper extends Paper {
  /** The file name in content/papers. */
  file: string;
  /** The abstract as written in the file (MDX-escaped). */
  body: string;
}

export const contentPapers: ContentPaper[] = readPaperSources('content/papers').map(({ name, data, body }) => ({
  ...paperSchema.parse(data),
  file: name,
  body,
}));

export const PAPER_COUNT = contentPapers.length;
export const THEME_COUNT = THEMES.length;
export const TECHNIQUE_COUNT = TECHNIQUE_IDS.length;

/** A technique's papers, primary or related, dated or not. */
export function papersOf(technique: string): ContentPaper[] {
  return contentPapers.filter((p) => p.primary === technique || (p.related as string[]).includes(technique));
}
