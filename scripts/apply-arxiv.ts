// npm run metadata
// Applies content/provenance/arxiv.tsv (arXiv id, authors, v1 date, each with its source URL
// and look-up date) and content/provenance/authors.tsv (author lists found elsewhere, with
// theirs) to the paper entries: fills only what an entry lacks, reports the rest.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arxivMetadataUpdate, authorsUpdate, type AuthorSourceRow, type MetadataUpdate, type ProvenanceRow } from '../src/lib/arxiv-metadata.ts';
import { splitPaperFile, updatePaperFile } from '../src/lib/paper-file.ts';
import { paperSchema } from '../src/lib/schemas.ts';
import { parseTsv } from '../src/lib/tsv.ts';

const PAPERS = 'content/papers';
const PROVENANCE = 'content/provenance/arxiv.tsv';
const AUTHOR_SOURCES = 'content/provenance/authors.tsv';

const rows = new Map((parseTsv(readFileSync(PROVENANCE, 'utf8')) as unknown as ProvenanceRow[]).map((row) => [row.slug, row]));
const authorRows = new Map((parseTsv(readFileSync(AUTHOR_SOURCES, 'utf8')) as unknown as AuthorSourceRow[]).map((row) => [row.slug, row]));
let updated = 0;
let reported = 0;
for (const name of readdirSync(PAPERS)
  .filter((n) => n.endsWith('.mdx'))
  .sort()) {
  const text = readFileSync(join(PAPERS, name), 'utf8');
  const paper = paperSchema.parse(splitPaperFile(text).data);
  const row = rows.get(paper.slug);
  const authorRow = authorRows.get(paper.slug);
  if (!row && !authorRow) continue;
  const { changes, notes }: MetadataUpdate = row ? arxivMetadataUpdate(paper, row) : { changes: {}, notes: [] };
  if (authorRow && !changes.authors) {
    const fromAuthors = authorsUpdate(paper, authorRow.authors);
    Object.assign(changes, fromAuthors.changes);
    notes.push(...fromAuthors.notes);
  }
  for (const note of notes) console.log(`${PAPERS}/${name}: ${note}`);
  reported += notes.length;
  if (Object.keys(changes).length > 0) {
    writeFileSync(join(PAPERS, name), updatePaperFile(text, changes));
    updated++;
  }
}
console.log(
  `arXiv metadata: ${updated} entries updated, ${reported} disagreement(s) reported, ${rows.size} provenance rows, ${authorRows.size} author-source rows`,
);
