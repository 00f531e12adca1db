// Reads content/provenance/editors.tsv and checks it against the papers: every editor-added
// paper cites a source for each of its facts, and every row belongs to a paper. Pure.
import { unescapeMdxText } from './mdx-text.ts';
import { CITED_FACTS, citedValue, EDITORS_TSV_COLUMNS, type CitedFact, type EditorsProvenanceRow } from './editor-facts.ts';
import type { Paper } from './schemas.ts';

export interface EditorsTableRow {
  /** 1-based line in the file. */
  line: number;
  row: EditorsProvenanceRow;
}

export interface EditorsTable {
  headerOk: boolean;
  rows: EditorsTableRow[];
}

export function parseEditorsTable(text: string): EditorsTable {
  const lines = text.split(/\r?\n/);
  const headerOk = lines[0] === EDITORS_TSV_COLUMNS.join('\t');
  const rows: EditorsTableRow[] = [];
  lines.forEach((text, i) => {
    if (i === 0 || text.trim() === '') return;
    const cells = text.split('\t');
    const row = Object.fromEntries(EDITORS_TSV_COLUMNS.map((column, c) => [column, (cells[c] ?? '').trim()])) as EditorsProvenanceRow;
    rows.push({ line: i + 1, row });
  });
  return { headerOk, rows };
}

/** The rows of one paper, by fact: what the paper page cites. */
export function rowsBySlug(rows: readonly EditorsTableRow[]): Map<string, EditorsProvenanceRow[]> {
  const bySlug = new Map<string, EditorsProvenanceRow[]>();
  for (const { row } of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
  return bySlug;
}

export interface CheckedPaper {
  path: string;
  data: Paper;
  body: string;
}

export interface ProvenanceProblem {
  path: string;
  /** A frontmatter field, 'body' for the abstract, or a line of the table. */
  where: { field: string } | { line: number };
  message: string;
}

const FACT_FIELD: Record<CitedFact, string> = { arxivId: 'arxivId', title: 'title', date: 'date', authors: 'authors', abstract: 'body' };

export function checkEditorProvenance(papers: readonly CheckedPaper[], tablePath: string, tableText: string | null): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  const table = parseEditorsTable(tableText ?? EDITORS_TSV_COLUMNS.join('\t'));
  if (tableText !== null && !table.headerOk) {
    problems.push({
      path: tablePath,
      where: { line: 1 },
      message: `header: the first line must be the tab-separated columns ${EDITORS_TSV_COLUMNS.join(', ')}`,
    });
  }
  const slugs = new Set(papers.map((p) => p.data.slug));
  for (const { line, row } of table.rows) {
    if (!slugs.has(row.slug)) {
      problems.push({
        path: tablePath,
        where: { line },
        message: `slug '${row.slug}': no paper has this slug (correct it to the slug field of a file in content/papers/, or add the paper)`,
      });
    }
    if (!(CITED_FACTS as readonly string[]).includes(row.fact)) {
      problems.push({ path: tablePath, where: { line }, message: `fact '${row.fact}': not a cited fact (use one of: ${CITED_FACTS.join(', ')})` });
    }
    if (!/^https?:\/\//.test(row.source_url)) {
      problems.push({ path: tablePath, where: { line }, message: `source_url '${row.source_url}': give the http(s) address of the page that was read` });
    }
  }
  const bySlug = rowsBySlug(table.rows);
  for (const paper of papers) {
    if (paper.data.origin !== 'editors') continue;
    const rows = bySlug.get(paper.data.slug) ?? [];
    const abstract = unescapeMdxText(paper.body).trim();
    for (const fact of CITED_FACTS) {
      if (fact === 'abstract' && abstract === '') continue;
      const field = FACT_FIELD[fact];
      const cited = rows.filter((r) => r.fact === fact);
      if (cited.length === 0) {
        problems.push({
          path: paper.path,
          where: { field },
          message: `${field === 'body' ? 'abstract' : `field \`${field}\``}: an editor-added paper needs a source for it, and ${tablePath} has no '${fact}' row for '${paper.data.slug}' (add it with npm run add -- --facts <file.json>, or append a row: ${EDITORS_TSV_COLUMNS.join(', ')})`,
        });
        continue;
      }
      const value = citedValue(fact, paper.data, abstract);
      if (!cited.some((r) => r.value === value)) {
        const shown = fact === 'abstract' ? 'the abstract' : `'${value}'`;
        problems.push({
          path: paper.path,
          where: { field },
          message: `${field === 'body' ? 'abstract' : `field \`${field}\``}: ${shown} is not the value cited in ${tablePath} for '${paper.data.slug}' (cited: '${cited.at(-1)!.value.slice(0, 80)}'): correct the entry, or append a row citing the source of the new value`,
        });
      }
    }
  }
  return problems;
}
