// The survey's collections: papers and techniques, read from content/ at the repository root.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PAPERS_DIR, TECHNIQUES_DIR } from './lib/content-files.ts';
import { paperSchema, techniqueSchema } from './lib/schemas.ts';

// ATLAS_FIXTURES=1 adds the test fixtures (a paper whose text is markup that must stay text, and
// one whose date, id and authors are unknown)
// to a separate test build; ATLAS_PAPERS_DIR points the benchmark at a synthetic collection, and
// ATLAS_TECHNIQUES_DIR lets a test build read overviews from a temporary folder.
// The real site uses content/papers alone.
const paperLoader = process.env.ATLAS_FIXTURES
  ? glob({ pattern: [`${PAPERS_DIR}/*.mdx`, 'tests/fixtures/papers/*.mdx'], base: '.' })
  : glob({ pattern: '*.mdx', base: PAPERS_DIR });

const papers = defineCollection({
  loader: paperLoader,
  schema: paperSchema,
});

const techniques = defineCollection({
  loader: glob({ pattern: '*.mdx', base: TECHNIQUES_DIR }),
  schema: techniqueSchema,
});

export const collections = { papers, techniques };
