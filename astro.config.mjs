// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// Hosting under a sub-path: ATLAS_BASE=/atlas/ npm run build. ATLAS_SITE is the public origin
// used for canonical and share links.
const base = process.env.ATLAS_BASE || '/';
const site = process.env.ATLAS_SITE || 'https://transformer-atlas.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // remark-gfm runs only on the unified processor; MDX follows markdown.processor.
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
