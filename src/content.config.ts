// The survey's collections: papers and techniques, read from content/ at the repository root.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema, techniqueSchema } from './lib/schemas.ts';

const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/papers' }),
  schema: paperSchema,
});

const techniques = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/techniques' }),
  schema: techniqueSchema,
});

export const collections = { papers, techniques };
