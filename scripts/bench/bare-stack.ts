// The yardstick for build cost: a bare Astro 7 + MDX + remark-gfm site that renders each paper's
// title and body from the same folder, plus Pagefind. Written to a temporary folder and built
// with this project's own packages, so the two builds differ only in what our site adds.
// The Markdown variant reads the same files as .md (through links named *.md), so Astro renders
// them at content sync as ours does: the harder yardstick, with no module per paper.
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  // Its own content cache, in the folder that is written afresh for every run.
  cacheDir: './cache',
  markdown: { syntaxHighlight: false, processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
`;

const CONTENT_CONFIG = (papersDir: string, extension: 'mdx' | 'md') => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const papers = defineCollection({
  loader: glob({ pattern: '*.${extension}', base: ${JSON.stringify(papersDir)} }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { papers };
`;

const PAPER_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('papers')).map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{paper.data.title}</title></head>
  <body><main data-pagefind-body><h1>{paper.data.title}</h1><Content /></main></body>
</html>
`;

/** Writes the bare site for `papersDir` into `dir`, compiling the papers as MDX or rendering
 * them as Markdown; returns the folder to build in. */
export function writeBareStack(dir: string, papersDir: string, as: 'mdx' | 'markdown' = 'mdx'): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/papers'), { recursive: true });
  let contentDir = resolve(papersDir);
  if (as === 'markdown') {
    contentDir = join(resolve(dir), 'papers-md');
    mkdirSync(contentDir);
    for (const name of readdirSync(papersDir).filter((n) => n.endsWith('.mdx'))) {
      symlinkSync(resolve(papersDir, name), join(contentDir, name.replace(/\.mdx$/, '.md')));
    }
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-stack', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG(contentDir, as === 'markdown' ? 'md' : 'mdx'));
  writeFileSync(join(dir, 'src/pages/papers/[slug].astro'), PAPER_PAGE);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
