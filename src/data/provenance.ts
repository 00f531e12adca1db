// Where each paper's facts were read from, by slug: the arXiv id, authors and date
// (content/provenance/arxiv.tsv), and author lists found elsewhere (content/provenance/authors.tsv).
import raw from '../../content/provenance/arxiv.tsv?raw';
import rawAuthors from '../../content/provenance/authors.tsv?raw';
import { provenanceTables, type AuthorSourceRow, type ProvenanceRow } from '../lib/arxiv-metadata.ts';

const tables = provenanceTables(raw, rawAuthors);

export function provenanceOf(slug: string): ProvenanceRow | undefined {
  return tables.arxiv.get(slug);
}

/** Where a paper's author list was read, when not from the source of its arXiv id. */
export function authorSourceOf(slug: string): AuthorSourceRow | undefined {
  return tables.authors.get(slug);
}
