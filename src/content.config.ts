// The survey's collections: papers and techniques, read from content/ at the repository root.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema, techniqueSchema } from './lib/schemas.ts';

// ATLAS_FIXTURES=1 adds the test fixtures (a paper whose text is markup that must stay text, and
// one whose date, id and authors are unknown)
// to a separate test build; ATLAS_PAPERS_DIR points the benchmark at a synthetic collection, and
// ATLAS_TECHNIQUES_DIR lets a test build read overviews from a temporary folder.
// The real site uses content/papers alone.
const papersDir = process.env.ATLAS_PAPERS_DIR ?? 'content/papers';
const paperLoader = process.env.ATLAS_FIXTURES
  ? glob({ pattern: [`${papersDir}/*.mdx`, 'tests/fixtures/papers/*.mdx'], base: '.' })
  : glob({ pattern: '*.mdx', base: papersDir });

const papers = defineCollection({
  loader: paperLoader,
  schema: paperSchema,
});

const techniques = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.ATLAS_TECHNIQUES_DIR ?? './content/techniques' }),
  schema: techniqueSchema,
});

export const collections = { papers, techniques };
