// One row of the all-papers table as plain data: the build renders the first page of rows as
// HTML and writes the rest as JSON chunks the browser appends, both from this one shape.
import { formatPaperDate, timeOfDate } from '../content/dates.ts';
import { listingLabel } from '../import/listing-labels.ts';

export interface PaperRow {
  slug: string;
  title: string;
  /** ISO day used as the date sort key ('' when unknown); month-only dates sort mid-month. */
  sortDate: string;
  date: string | null;
  dateLabel: string;
  technique: string;
  techniqueName: string;
  listings: string[];
  listingsLabel: string;
  /** The paper's code repository, or null. */
  code: string | null;
}

interface RowSource {
  id: string;
  data: { title: string; date: string | null; datePrecision: 'day' | 'month' | null; primary: string; listings: string[]; code?: { url: string } | null };
}

export function paperRow(paper: RowSource, techniqueNames: Map<string, string>): PaperRow {
  const { title, date, primary, listings } = paper.data;
  return {
    slug: paper.id,
    title,
    sortDate: date ? timeOfDate(date).toISOString().slice(0, 10) : '',
    date,
    dateLabel: formatPaperDate(paper.data),
    technique: primary,
    techniqueName: techniqueNames.get(primary) ?? primary,
    listings,
    listingsLabel: listings.map(listingLabel).join(', '),
    code: paper.data.code?.url ?? null,
  };
}

/** The JSON chunks after the first HTML page: chunk n (1-based) holds rows
 * [first + (n-1)*size, first + n*size). */
export function chunkCount(total: number, first: number, size: number): number {
  return Math.max(0, Math.ceil((total - first) / size));
}

export function chunkItems<T>(items: readonly T[], chunk: number, first: number, size: number): T[] {
  const start = first + (chunk - 1) * size;
  return items.slice(start, start + size);
}
