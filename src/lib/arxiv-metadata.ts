// Decides which arXiv facts from a provenance row an entry takes: only facts it lacks.
// Disagreements with what the entry already holds are reported, never overwritten.
import { z } from 'zod';
import { monthOfArxivId } from './arxiv.ts';
import { displayAuthorName } from './authors.ts';
import type { Paper } from './schemas.ts';
import { parseTsvAs } from './tsv.ts';

/** A row of content/provenance/arxiv.tsv: where a paper's arXiv id, authors and date were read. */
const provenanceRowSchema = z.object({
  slug: z.string().min(1),
  title: z.string(),
  status: z.string(),
  arxiv_id: z.string(),
  authors: z.string(),
  arxiv_date: z.string(),
  source_url: z.string(),
  looked_up: z.string(),
});
export type ProvenanceRow = z.infer<typeof provenanceRowSchema>;

/** A row of content/provenance/authors.tsv: an author list read where the id's source had none. */
const authorSourceRowSchema = z.object({
  slug: z.string().min(1),
  authors: z.string(),
  source_url: z.string(),
  tool: z.string(),
  query: z.string(),
  evidence: z.string(),
  looked_up: z.string(),
});
export type AuthorSourceRow = z.infer<typeof authorSourceRowSchema>;

export const PROVENANCE_FILE = 'content/provenance/arxiv.tsv';
export const AUTHOR_SOURCES_FILE = 'content/provenance/authors.tsv';

/** Both provenance tables, each by slug, from their texts (the site and the script read them
 * differently: Vite imports the files, the script reads them from disk). */
export function provenanceTables(arxivTsv: string, authorsTsv: string) {
  const bySlug = <T extends { slug: string }>(rows: T[]) => new Map(rows.map((row) => [row.slug, row]));
  return {
    arxiv: bySlug(parseTsvAs(arxivTsv, provenanceRowSchema, PROVENANCE_FILE)),
    authors: bySlug(parseTsvAs(authorsTsv, authorSourceRowSchema, AUTHOR_SOURCES_FILE)),
  };
}

export interface MetadataUpdate {
  changes: Partial<Paper>;
  notes: string[];
}

/**
 * A v1 day agrees with the id's month if it lies in that month, or in the last days of the
 * month before: papers sent in just before a month ends are numbered in the next one.
 */
export function fitsIdMonth(day: string, idMonth: string): boolean {
  if (day.slice(0, 7) === idMonth) return true;
  const start = Date.parse(`${idMonth}-01T00:00:00Z`);
  const gapDays = (start - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return gapDays > 0 && gapDays <= 3;
}

export function arxivMetadataUpdate(paper: Paper, row: ProvenanceRow): MetadataUpdate {
  const changes: Partial<Paper> = {};
  const notes: string[] = [];
  if (row.status !== 'resolved' || !row.arxiv_id) return { changes, notes };
  const id = row.arxiv_id;
  if (paper.arxivId && paper.arxivId !== id) {
    notes.push(`arXiv id: entry has ${paper.arxivId}, provenance says ${id}; kept the entry's`);
    return { changes, notes };
  }
  if (!paper.arxivId) changes.arxivId = id;

  const fromRow = authorsUpdate(paper, row.authors);
  Object.assign(changes, fromRow.changes);
  notes.push(...fromRow.notes);

  const idMonth = monthOfArxivId(id);
  if (paper.date === null) {
    if (row.arxiv_date && fitsIdMonth(row.arxiv_date, idMonth)) {
      Object.assign(changes, { date: row.arxiv_date, datePrecision: 'day', dateSource: 'arxiv' });
    } else {
      if (row.arxiv_date) notes.push(`date: source's v1 date ${row.arxiv_date} is not in the id's month ${idMonth}; used the month only`);
      Object.assign(changes, { date: idMonth, datePrecision: 'month', dateSource: 'arxiv-id' });
    }
  } else if (paper.dateSource === 'listing' && row.arxiv_date && fitsIdMonth(row.arxiv_date, idMonth) && withinOneDay(paper.date, row.arxiv_date)) {
    // A listing's day can sit a day before arXiv's v1 day (time zones): the v1 day is the citable one.
    Object.assign(changes, { date: row.arxiv_date, datePrecision: 'day', dateSource: 'arxiv' });
    if (paper.date !== row.arxiv_date) notes.push(`date: the listing says ${paper.date}, arXiv v1 is ${row.arxiv_date} (time zones); took arXiv's`);
  } else if (paper.date.length === 7 ? paper.date !== idMonth : !fitsIdMonth(paper.date, idMonth)) {
    const holder = paper.dateSource === 'listing' ? 'listing' : 'entry';
    notes.push(`date: the ${holder} says ${paper.date}, the arXiv id says ${idMonth}; kept the ${holder}'s`);
  }
  return { changes, notes };
}

/** Two days (YYYY-MM-DD) at most one day apart; a month-only date never is. */
export function withinOneDay(a: string, b: string): boolean {
  if (a.length !== 10 || b.length !== 10) return false;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= 86_400_000;
}

/** The author list ("A; B; C") an entry takes when it has none, names as "First Last" (a source's
 * "Last, First" is turned round); a count that disagrees with the listing's is reported. An
 * entry's own list is never replaced. */
export function authorsUpdate(paper: Paper, authorsField: string): MetadataUpdate {
  const authors = authorsField
    .split(';')
    .map((a) => displayAuthorName(a.trim()))
    .filter(Boolean);
  if (paper.authors.length > 0 || authors.length === 0) return { changes: {}, notes: [] };
  const notes =
    paper.authorCount !== null && paper.authorCount !== authors.length
      ? [`authors: the listing counts ${paper.authorCount}, the source lists ${authors.length}`]
      : [];
  return { changes: { authors }, notes };
}
