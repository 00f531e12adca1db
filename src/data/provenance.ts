// Where each paper's arXiv facts were read from (content/provenance/arxiv.tsv), by slug.
import raw from '../../content/provenance/arxiv.tsv?raw';
import type { ProvenanceRow } from '../lib/arxiv-metadata.ts';
import { parseTsv } from '../lib/tsv.ts';

const bySlug = new Map((parseTsv(raw) as unknown as ProvenanceRow[]).map((row) => [row.slug, row]));

export function provenanceOf(slug: string): ProvenanceRow | undefined {
  return bySlug.get(slug);
}
