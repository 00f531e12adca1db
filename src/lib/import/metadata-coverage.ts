// The metadata coverage report: how many papers have an arXiv id, a date, authors.

export function metadataCoverage(papers: readonly Record<string, unknown>[]): string {
  const total = papers.length;
  const count = (test: (p: Record<string, unknown>) => boolean) => papers.filter(test).length;
  const percent = (n: number) => `${n} of ${total} (${((100 * n) / Math.max(total, 1)).toFixed(1)}%)`;
  const withId = count((p) => typeof p.arxivId === 'string');
  const dated = count((p) => typeof p.date === 'string');
  const dayPrecision = count((p) => p.datePrecision === 'day');
  const withAuthors = count((p) => Array.isArray(p.authors) && p.authors.length > 0);
  const unresolved = papers.filter((p) => typeof p.arxivId !== 'string').map((p) => `  - ${String(p.title)}`);
  return [
    'metadata coverage',
    `  arXiv id: ${percent(withId)}`,
    `  date:     ${percent(dated)} (${dayPrecision} to the day, ${dated - dayPrecision} to the month)`,
    `  authors:  ${percent(withAuthors)}`,
    unresolved.length ? `papers without an arXiv id (${unresolved.length}):\n${unresolved.join('\n')}` : 'every paper has an arXiv id',
  ].join('\n');
}
