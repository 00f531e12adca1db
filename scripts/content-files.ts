// Reads the content folder into { path, text } records for the validator and the config.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentFile, ContentInput } from '../src/lib/validate-content.ts';

function readMdxFolder(root: string, folder: string): ContentFile[] {
  const dir = resolve(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ path: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The papers folder: content/papers, or ATLAS_PAPERS_DIR (the benchmark's synthetic ones). */
export const PAPERS_DIR = process.env.ATLAS_PAPERS_DIR ?? 'content/papers';

const EDITORS_PROVENANCE = 'content/provenance/editors.tsv';

export function readContentFiles(root = '.'): ContentInput {
  const table = resolve(root, EDITORS_PROVENANCE);
  return {
    papers: readMdxFolder(root, PAPERS_DIR),
    techniques: readMdxFolder(root, 'content/techniques'),
    editorsProvenance: existsSync(table) ? { path: EDITORS_PROVENANCE, text: readFileSync(table, 'utf8') } : undefined,
  };
}

/** The slugs declared by paper files (with the fixture papers in the fixture build); cheap
 * enough to run at config time. */
export function readPaperSlugs(root = '.'): Set<string> {
  const slugs = new Set<string>();
  const folders = [PAPERS_DIR, ...(process.env.ATLAS_FIXTURES ? ['tests/fixtures/papers'] : [])];
  for (const file of folders.flatMap((folder) => readMdxFolder(root, folder))) {
    const slug = /^slug:\s*"?([^"\n]+)"?\s*$/m.exec(file.text)?.[1];
    if (slug) slugs.add(slug);
  }
  return slugs;
}
