// npm run metadata
// Applies content/provenance/arxiv.tsv (arXiv id, authors, v1 date, each with its source URL
// and look-up date) and content/provenance/authors.tsv (author lists found elsewhere, with
// theirs) to the paper entries: fills only what an entry lacks, reports the rest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arxivMetadataUpdate, authorsUpdate, AUTHOR_SOURCES_FILE, provenanceTables, PROVENANCE_FILE, type MetadataUpdate } from '../src/lib/arxiv-metadata.ts';
import { PAPERS_DIR as PAPERS, readPaperSources } from '../src/lib/content-files.ts';
import { updatePaperFile } from '../src/lib/paper-file.ts';
import { paperSchema } from '../src/lib/schemas.ts';

const { arxiv: rows, authors: authorRows } = provenanceTables(readFileSync(PROVENANCE_FILE, 'utf8'), readFileSync(AUTHOR_SOURCES_FILE, 'utf8'));
let updated = 0;
let reported = 0;
for (const { name, text, data } of readPaperSources()) {
  const paper = paperSchema.parse(data);
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
