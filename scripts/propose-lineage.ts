// npm run lineage                    proposals for review, as TSV (from, to, kind, name, evidence)
// npm run lineage -- --apply x.tsv   writes the reviewed rows (same columns) into buildsOn
// Proposes lineage edges from titles and abstracts; a person reads both papers and keeps only
// the edges the later paper's own words justify. Edges already in buildsOn are not proposed again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { proposeLineage } from '../src/lib/lineage-proposals.ts';
import { splitPaperFile, updatePaperFile } from '../src/lib/paper-file.ts';
import { unescapeMdxText } from '../src/lib/mdx-text.ts';
import { buildsOnSchema, type BuildsOn } from '../src/lib/schemas.ts';
import { parseTsv } from '../src/lib/tsv.ts';
import { PAPERS_DIR, readContentFiles } from '../src/lib/content-files.ts';

const files = readContentFiles().papers.map((file) => ({ file, ...splitPaperFile(file.text) }));
const bySlug = new Map(files.map((f) => [String(f.data.slug), f]));
const buildsOnOf = (data: Record<string, unknown>) => (Array.isArray(data.buildsOn) ? (data.buildsOn as BuildsOn[]) : []);

const applyAt = process.argv.indexOf('--apply');
if (applyAt === -1) {
  const known = new Set(files.flatMap((f) => buildsOnOf(f.data).map((b) => `${String(f.data.slug)} ${b.paper}`)));
  const proposals = proposeLineage(
    files.map(({ data, body }) => ({
      slug: String(data.slug),
      title: String(data.title),
      abstract: unescapeMdxText(body).replace(/\s+/g, ' '),
      date: (data.date as string | null) ?? null,
      datePrecision: (data.datePrecision as 'day' | 'month' | null) ?? null,
    })),
    known,
  );
  const clean = (s: string) => s.replace(/[\t\n]/g, ' ');
  console.log(['from', 'to', 'kind', 'name', 'evidence'].join('\t'));
  for (const p of proposals) console.log([p.from, p.to, p.kind, p.name, clean(p.evidence)].join('\t'));
  console.error(`lineage: ${proposals.length} proposal(s) to review (${known.size} edge(s) already recorded)`);
} else {
  const path = process.argv[applyAt + 1];
  if (!path) throw new Error('lineage: --apply needs a TSV file of reviewed rows (from, to, kind, name, evidence)');
  let applied = 0;
  const problems: string[] = [];
  parseTsv(readFileSync(path, 'utf8')).forEach((row, i) => {
    const where = `${path}:${i + 2}`;
    const later = bySlug.get(row.from ?? '');
    if (!later || !bySlug.has(row.to ?? '')) return void problems.push(`${where}: unknown slug ${later ? row.to : row.from}`);
    const edge = buildsOnSchema.parse({ paper: row.to, evidence: row.evidence });
    if (edge.evidence !== 'title names it' && !unescapeMdxText(later.body).replace(/\s+/g, ' ').includes(edge.evidence)) {
      return void problems.push(`${where}: the evidence is not a phrase of ${later.file.path}'s abstract`);
    }
    const current = buildsOnOf(later.data);
    if (current.some((b) => b.paper === edge.paper)) return;
    const next = [...current, edge];
    later.data.buildsOn = next;
    later.file.text = updatePaperFile(later.file.text, { buildsOn: next });
    writeFileSync(join(PAPERS_DIR, later.file.path.split('/').pop()!), later.file.text);
    applied++;
  });
  for (const problem of problems) console.error(problem);
  console.log(`lineage: ${applied} edge(s) written; ${problems.length} problem(s)`);
  process.exitCode = problems.length ? 1 : 0;
}
