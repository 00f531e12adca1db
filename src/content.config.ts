// The survey's collections: papers and techniques, read from content/ at the repository root.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { markdownGlob } from './lib/content/markdown-glob-loader.ts';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { PAPERS_DIR, TECHNIQUES_DIR } from './lib/content/content-files.ts';
import { paperSchema, techniqueSchema } from './lib/content/schemas.ts';

// ATLAS_FIXTURES=1 adds the test fixtures (a paper whose text is markup that must stay text, and
// one whose date, id and authors are unknown)
// to a separate test build; ATLAS_PAPERS_DIR points the benchmark at a synthetic collection, and
// ATLAS_TECHNIQUES_DIR lets a test build read overviews from a temporary folder.
// The real site uses content/papers alone.
const paperLoader = process.env.ATLAS_FIXTURES
  ? markdownGlob({ pattern: [`${PAPERS_DIR}/*.mdx`, 'tests/fixtures/papers/*.mdx'], base: '.' })
  : markdownGlob({ pattern: '*.mdx', base: PAPERS_DIR });

const papers = defineCollection({
  loader: paperLoader,
  schema: paperSchema,
});

// In the fixture build a technique file in tests/fixtures/techniques replaces the real one
// (a reading path that mixes editor-added and listed papers, before real paths exist).
const fixtureTechniques = process.env.ATLAS_FIXTURES ? readdirSync('tests/fixtures/techniques').filter((n) => n.endsWith('.mdx')) : [];
const techniqueLoader = process.env.ATLAS_FIXTURES
  ? glob({
      pattern: [`${TECHNIQUES_DIR}/*.mdx`, ...fixtureTechniques.map((n) => `!${TECHNIQUES_DIR}/${n}`), 'tests/fixtures/techniques/*.mdx'],
      base: '.',
      generateId: ({ entry }) => basename(entry, '.mdx'),
    })
  : glob({ pattern: '*.mdx', base: TECHNIQUES_DIR });

const techniques = defineCollection({
  loader: techniqueLoader,
  schema: techniqueSchema,
});

export const collections = { papers, techniques };
