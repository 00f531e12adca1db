// npm run labels -- reviewed.tsv [...]
// Applies reviewed technique labels (columns: title, primary, related, gist) to the papers they
// name, matched by normalised title. Papers already labelled differently are reported, not changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAPERS_DIR as PAPERS, readPaperSources } from '../src/lib/content-files.ts';
import { splitPaperFile, updatePaperFile } from '../src/lib/paper-file.ts';
import { isTechniqueId, type TechniqueId } from '../src/lib/taxonomy.ts';
import { normaliseTitle } from '../src/lib/titles.ts';
import { parseTsv } from '../src/lib/tsv.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('labels: name one or more TSV files with columns title, primary, related, gist');
  process.exit(2);
}

const byTitle = new Map<string, { name: string; text: string }>(
  readPaperSources().map(({ name, text, data }) => [normaliseTitle(String(data.title)), { name, text }]),
);

let applied = 0;
let problems = 0;
for (const file of files) {
  parseTsv(readFileSync(file, 'utf8')).forEach((row, index) => {
    const where = `${file}:${index + 2}`;
    const paper = byTitle.get(normaliseTitle(row.title ?? ''));
    const related = (row.related ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = [row.primary ?? '', ...related].filter((id) => !isTechniqueId(id));
    if (!paper) return void (problems++, console.error(`${where}: no paper titled "${row.title}"`));
    if (bad.length) return void (problems++, console.error(`${where}: unknown technique id(s) ${bad.join(', ')}`));
    const { data } = splitPaperFile(paper.text);
    if (data.primary && data.primary !== row.primary) {
      problems++;
      return void console.error(
        `${where}: ${PAPERS}/${paper.name} is already labelled ${String(data.primary)}; edit its frontmatter if ${row.primary} is right`,
      );
    }
    const changes = {
      primary: row.primary as TechniqueId,
      related: related.filter((id): id is TechniqueId => id !== row.primary && isTechniqueId(id)).slice(0, 3),
      ...(data.gist ? {} : { gist: row.gist ?? '' }),
    };
    const text = updatePaperFile(paper.text, changes);
    if (text !== paper.text) {
      writeFileSync(join(PAPERS, paper.name), text);
      paper.text = text;
      applied++;
    }
  });
}
console.log(`labels applied to ${applied} paper(s); ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
