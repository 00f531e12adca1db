// npm run code-links: sets `code: { url, source: 'abstract' }` on every paper whose abstract names
// a GitHub repository. A code fact already set (by hand, or from a later source) is kept.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeLinkFromAbstract } from '../src/lib/code-links.ts';
import { splitPaperFile, updatePaperFile } from '../src/lib/paper-file.ts';
import { PAPERS_DIR, readContentFiles } from '../src/lib/content-files.ts';

let added = 0;
let kept = 0;
let none = 0;
for (const file of readContentFiles().papers) {
  const { data, body } = splitPaperFile(file.text);
  const code = codeLinkFromAbstract(body);
  if (!code) {
    none++;
    continue;
  }
  if (data.code) {
    kept++;
    continue;
  }
  writeFileSync(join(PAPERS_DIR, file.path.split('/').pop()!), updatePaperFile(file.text, { code }));
  added++;
}
console.log(`code-links: ${added} set from abstracts, ${kept} already set (kept), ${none} abstracts name no repository`);
