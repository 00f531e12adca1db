// npm run classify -- --report   per technique: paper counts, and papers whose reviewed labels
//                                differ from the keyword rules' proposal
// npm run classify -- --propose  fills `primary`/`related` of unlabelled papers with the
//                                rules' proposal (to be reviewed before it lands)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { proposeLabels } from '../src/lib/classify-rules.ts';
import { PAPERS_DIR as PAPERS, readPaperSources } from '../src/lib/content-files.ts';
import { unescapeMdxText } from '../src/lib/mdx-text.ts';
import { updatePaperFile } from '../src/lib/paper-file.ts';
import { TECHNIQUE_IDS } from '../src/lib/taxonomy.ts';
import { metadataCoverage } from '../src/lib/metadata-coverage.ts';

const mode = process.argv[2];
if (mode !== '--report' && mode !== '--propose') {
  console.error('classify: say --report (counts and disagreements) or --propose (label unlabelled papers)');
  process.exit(2);
}

const papers = readPaperSources().map(({ name, text, data, body }) => ({ name, text, data, abstract: unescapeMdxText(body).trim() }));

if (mode === '--propose') {
  let proposed = 0;
  for (const paper of papers) {
    if (paper.data.primary) continue;
    const proposal = proposeLabels(String(paper.data.title), paper.abstract);
    if (!proposal.primary) {
      console.log(`${PAPERS}/${paper.name}: the rules have no proposal; set \`primary\` by hand`);
      continue;
    }
    writeFileSync(join(PAPERS, paper.name), updatePaperFile(paper.text, { primary: proposal.primary, related: proposal.related }));
    console.log(`${PAPERS}/${paper.name}: proposed ${proposal.primary}${proposal.related.length ? ` (+ ${proposal.related.join(', ')})` : ''}: review it`);
    proposed++;
  }
  console.log(`${proposed} paper(s) labelled by the rules; read each title and abstract before committing.`);
  process.exit(0);
}

const primaryCount = new Map<string, number>();
const relatedCount = new Map<string, number>();
const disagreements = new Map<string, string[]>();
let agree = 0;
for (const paper of papers) {
  const primary = String(paper.data.primary ?? '');
  const related = (paper.data.related as string[] | undefined) ?? [];
  primaryCount.set(primary, (primaryCount.get(primary) ?? 0) + 1);
  for (const id of related) relatedCount.set(id, (relatedCount.get(id) ?? 0) + 1);
  const proposal = proposeLabels(String(paper.data.title), paper.abstract);
  if (proposal.primary === primary) agree++;
  else {
    const list = disagreements.get(primary) ?? [];
    list.push(`${paper.data.title}  [rules: ${proposal.primary ?? 'none'}]`);
    disagreements.set(primary, list);
  }
}

console.log('technique                          primary  related  rules disagree');
for (const id of TECHNIQUE_IDS) {
  console.log(
    `${id.padEnd(34)} ${String(primaryCount.get(id) ?? 0).padStart(7)}  ${String(relatedCount.get(id) ?? 0).padStart(7)}  ${String(disagreements.get(id)?.length ?? 0).padStart(14)}`,
  );
}
console.log(`\nrules agree with the reviewed primary label on ${agree} of ${papers.length} papers (${((100 * agree) / papers.length).toFixed(1)}%).`);
for (const id of TECHNIQUE_IDS) {
  const list = disagreements.get(id);
  if (!list) continue;
  console.log(`\n## ${id}: reviewed label differs from the rules for ${list.length}`);
  for (const line of list) console.log(`  - ${line}`);
}
const unlabelled = primaryCount.get('') ?? 0;
if (unlabelled) console.log(`\n${unlabelled} paper(s) have no primary technique.`);

console.log('\n' + metadataCoverage(papers.map((p) => p.data)));
