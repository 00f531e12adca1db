// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkCrossReferences } from './src/lib/remark-cross-references.ts';
import { TECHNIQUE_IDS } from './src/lib/taxonomy.ts';
import { readPaperSlugs } from './scripts/content-files.ts';

// Hosting under a sub-path: ATLAS_BASE=/atlas/ npm run build. ATLAS_SITE is the public origin
// used for canonical and share links.
const base = process.env.ATLAS_BASE || '/';
const site = process.env.ATLAS_SITE || 'https://transformer-atlas.example.org';

const crossReferences = { base, paperSlugs: readPaperSlugs(), techniqueIds: new Set(TECHNIQUE_IDS) };

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // remark-gfm runs only on the unified processor; MDX follows markdown.processor.
    // smartypants is off: it would turn the quoted abstracts' ' and -- into ’ and —.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm, [remarkCrossReferences, crossReferences]] }),
  },
  integrations: [mdx()],
});
