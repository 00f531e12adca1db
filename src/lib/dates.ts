// Paper dates as the site shows them: honest about precision, explicit when unknown.

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DatedLike {
  date: string | null;
  datePrecision: 'day' | 'month' | null;
}

/** "7 Nov 2024" (day), "Nov 2024" (month) or "date unknown". */
export function formatPaperDate({ date, datePrecision }: DatedLike): string {
  if (!date) return 'date unknown';
  const [year, month, day] = date.split('-');
  const monthName = MONTH_NAMES[Number(month) - 1] ?? '?';
  return datePrecision === 'day' && day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** The instant a date stands for: its day, or the middle of its month. */
export function timeOfDate(date: string): Date {
  return date.length === 7 ? new Date(`${date}-15T00:00:00Z`) : new Date(`${date}T00:00:00Z`);
}

/** Newest first (a month-only date counts as mid-month); unknown dates last; ties by title. */
export function compareNewestFirst<T extends DatedLike & { title: string }>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    const difference = timeOfDate(b.date).getTime() - timeOfDate(a.date).getTime();
    if (difference !== 0) return difference;
  }
  return a.title.localeCompare(b.title);
}

/** What a shown date is, said before it: readers must know whether it is arXiv's v1 day. */
export function dateSourceLabel(dateSource: string | null): string {
  switch (dateSource) {
    case 'arxiv':
      return 'First arXiv version (v1)';
    case 'listing':
      return 'Date in the source listing';
    case 'arxiv-id':
      return 'Month of the arXiv identifier';
    default:
      return 'Date (source unknown)';
  }
}
