// Where each paper's facts were read from, by slug: the arXiv id, authors and date
// (content/provenance/arxiv.tsv), author lists found elsewhere (content/provenance/authors.tsv),
// and every fact of an editor-added paper (content/provenance/editors.tsv).
import raw from '../../content/provenance/arxiv.tsv?raw';
import rawAuthors from '../../content/provenance/authors.tsv?raw';
import rawEditors from '../../content/provenance/editors.tsv?raw';
import rawFixtureEditors from '../../tests/fixtures/provenance/editors.tsv?raw';
import type { EditorsProvenanceRow } from '../lib/editor-facts.ts';
import { parseEditorsTable, rowsBySlug } from '../lib/editor-provenance.ts';
import { provenanceTables, type AuthorSourceRow, type ProvenanceRow } from '../lib/arxiv-metadata.ts';

const tables = provenanceTables(raw, rawAuthors);
// The fixture build (ATLAS_FIXTURES=1) adds the rows of its fixture papers.
const editorRows = parseEditorsTable(rawEditors).rows.concat(process.env.ATLAS_FIXTURES ? parseEditorsTable(rawFixtureEditors).rows : []);
const editorSourcesBySlug = rowsBySlug(editorRows);

export function provenanceOf(slug: string): ProvenanceRow | undefined {
  return tables.arxiv.get(slug);
}

/** Where a paper's author list was read, when not from the source of its arXiv id. */
export function authorSourceOf(slug: string): AuthorSourceRow | undefined {
  return tables.authors.get(slug);
}

/** The cited sources of an editor-added paper, one row per fact (several where several agree). */
export function editorSourcesOf(slug: string): EditorsProvenanceRow[] {
  return editorSourcesBySlug.get(slug) ?? [];
}
