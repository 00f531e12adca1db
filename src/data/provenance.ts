// Where each paper's facts were read from, by slug: the arXiv id, authors and date
// (content/provenance/arxiv.tsv), and author lists found elsewhere (content/provenance/authors.tsv).
import raw from '../../content/provenance/arxiv.tsv?raw';
import rawAuthors from '../../content/provenance/authors.tsv?raw';
import type { AuthorSourceRow, ProvenanceRow } from '../lib/arxiv-metadata.ts';
import { parseTsv } from '../lib/tsv.ts';

const bySlug = new Map((parseTsv(raw) as unknown as ProvenanceRow[]).map((row) => [row.slug, row]));
const authorSourceBySlug = new Map((parseTsv(rawAuthors) as unknown as AuthorSourceRow[]).map((row) => [row.slug, row]));

export function provenanceOf(slug: string): ProvenanceRow | undefined {
  return bySlug.get(slug);
}

/** Where a paper's author list was read, when not from the source of its arXiv id. */
export function authorSourceOf(slug: string): AuthorSourceRow | undefined {
  return authorSourceBySlug.get(slug);
}
