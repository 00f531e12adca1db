// BibTeX for papers, generated from the data we hold (never from memory): @misc entries with
// eprint and archivePrefix where the arXiv id is known.
import { normaliseTitle } from '../content/titles.ts';

export interface CitablePaper {
  title: string;
  slug: string;
  date: string | null;
  arxivId: string | null;
  authors: string[];
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default font encoding a bare < or > prints as ¡ or ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Escapes characters that are special in BibTeX/LaTeX field text (one pass, so the braces
 * an escape adds are never escaped again). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^<>]/g, (char) => BIBTEX_ESCAPES[char]!);
}

/** A citation key like "matformer2023" (first title word + year), made unique by the caller. */
export function bibtexKey(paper: CitablePaper): string {
  const firstWord =
    normaliseTitle(paper.title)
      .split(' ')
      .find((w) => w.length > 2) ?? 'paper';
  return `${firstWord}${paper.date ? paper.date.slice(0, 4) : ''}`;
}

export function paperToBibtex(paper: CitablePaper, key = bibtexKey(paper), pageUrl?: string): string {
  const fields: [string, string][] = [['title', `{${escapeBibtex(paper.title)}}`]];
  if (paper.authors.length > 0) fields.push(['author', paper.authors.map(escapeBibtex).join(' and ')]);
  if (paper.date) {
    fields.push(['year', paper.date.slice(0, 4)]);
    const month = paper.date.slice(5, 7);
    if (month) fields.push(['month', String(Number(month))]);
  }
  if (paper.arxivId) {
    fields.push(['eprint', paper.arxivId], ['archivePrefix', 'arXiv'], ['url', `https://arxiv.org/abs/${paper.arxivId}`]);
  } else if (pageUrl) fields.push(['url', pageUrl]);
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n')}\n}\n`;
}

/** Keys unique within one file: repeats get a, b, c ... suffixes. */
export function uniqueBibtexKeys(papers: readonly CitablePaper[]): string[] {
  const seen = new Map<string, number>();
  return papers.map((paper) => {
    const key = bibtexKey(paper);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}${String.fromCharCode(96 + n)}`;
  });
}
