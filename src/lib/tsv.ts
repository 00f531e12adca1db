// Tab-separated tables with a header row: the format of review and provenance files.

export function parseTsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (!header) return [];
  const columns = header.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()]));
  });
}

export function formatTsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const clean = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
  return [columns.join('\t'), ...rows.map((row) => columns.map((c) => clean(row[c] ?? '')).join('\t'))].join('\n') + '\n';
}
