// Reads the arXiv API's Atom answer (export.arxiv.org/api/query?id_list=...) into the facts
// a new paper entry needs.
import { XMLParser } from 'fast-xml-parser';
import { parseArxivId } from './arxiv.ts';

export interface ArxivRecord {
  arxivId: string;
  title: string;
  abstract: string;
  authors: string[];
  /** First version's submission day, YYYY-MM-DD */
  published: string;
}

export class ArxivApiError extends Error {}

const collapse = (text: unknown) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

export function parseArxivAtom(xml: string): ArxivRecord {
  const feed = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'entry' || name === 'author' }).parse(xml)?.feed;
  const entry = feed?.entry?.[0];
  if (!entry) throw new ArxivApiError('the arXiv API answered with no entry: is the id right?');
  // An unknown id comes back as an entry titled "Error".
  if (collapse(entry.title) === 'Error') throw new ArxivApiError(`the arXiv API reports an error: ${collapse(entry.summary)}`);
  const published = collapse(entry.published).slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new ArxivApiError('the arXiv API answer has no publication date');
  return {
    arxivId: parseArxivId(collapse(entry.id)),
    title: collapse(entry.title),
    abstract: collapse(entry.summary),
    authors: (entry.author ?? []).map((a: { name?: unknown }) => collapse(a.name)).filter(Boolean),
    published,
  };
}
