// Tab-separated tables with a header row: the format of review and provenance files.
import type { z } from 'zod';

export function parseTsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (!header) return [];
  const columns = header.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()]));
  });
}

/** The rows checked against a schema; a missing column or bad cell names the file and row. */
export function parseTsvAs<T>(text: string, schema: z.ZodType<T>, file: string): T[] {
  return parseTsv(text).map((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: row ${index + 2}, column ${issue.path.join('.') || '?'}: ${issue.message} (fix the table's header or that cell)`);
  });
}

/** Rows as TSV under a header line; tabs and line breaks inside a value become spaces. */
export function formatTsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const clean = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
  return [columns.join('\t'), ...rows.map((row) => columns.map((c) => clean(row[c] ?? '')).join('\t'))].join('\n') + '\n';
}
