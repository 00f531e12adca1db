// Reads the content folders from disk for every tool outside the site: the validator, the
// import and editing scripts, the Astro config and the tests. (Pages read astro:content.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitPaperFile } from './paper-file.ts';
import type { ContentFile, ContentInput } from './validate-content.ts';

/** The papers folder: content/papers, or ATLAS_PAPERS_DIR (the benchmark's synthetic ones). */
export const PAPERS_DIR = process.env.ATLAS_PAPERS_DIR ?? 'content/papers';
/** The overviews folder: content/techniques, or ATLAS_TECHNIQUES_DIR (a test build's temporary one). */
export const TECHNIQUES_DIR = process.env.ATLAS_TECHNIQUES_DIR ?? 'content/techniques';

export interface MdxFile extends ContentFile {
  /** The file name, e.g. `switch-transformers.mdx`. */
  name: string;
}

/** The .mdx files of a folder (relative to root), sorted by name; none if the folder is missing. */
export function readMdxFiles(folder: string, root = '.'): MdxFile[] {
  const dir = resolve(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ name, path: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

export interface PaperSource extends MdxFile {
  /** The frontmatter as parsed YAML (unvalidated: check it with paperSchema). */
  data: Record<string, unknown>;
  body: string;
}

/** The paper files with their frontmatter split off; throws PaperFileError on a broken file. */
export function readPaperSources(folder = PAPERS_DIR): PaperSource[] {
  return readMdxFiles(folder).map((file) => {
    const { data, body } = splitPaperFile(file.text);
    return { ...file, data, body };
  });
}

/** Where `npm run add -- --facts` records the source of each fact of an editor-added paper. */
export const EDITORS_PROVENANCE = 'content/provenance/editors.tsv';

export function readContentFiles(root = '.'): ContentInput {
  const table = resolve(root, EDITORS_PROVENANCE);
  return {
    papers: readMdxFiles(PAPERS_DIR, root),
    techniques: readMdxFiles(TECHNIQUES_DIR, root),
    editorsProvenance: existsSync(table) ? { path: EDITORS_PROVENANCE, text: readFileSync(table, 'utf8') } : undefined,
  };
}

/** The slugs declared by paper files, for the Astro config. A file that does not parse is
 * skipped here: the validator, which runs before every build, names it. */
export function readPaperSlugs(root = '.'): Set<string> {
  const slugs = new Set<string>();
  // The fixture build (ATLAS_FIXTURES=1) also has the fixture papers.
  const folders = [PAPERS_DIR, ...(process.env.ATLAS_FIXTURES ? ['tests/fixtures/papers'] : [])];
  for (const file of folders.flatMap((folder) => readMdxFiles(folder, root))) {
    try {
      const slug = splitPaperFile(file.text).data.slug;
      if (typeof slug === 'string' && slug) slugs.add(slug);
    } catch {
      // reported by the validator
    }
  }
  return slugs;
}
