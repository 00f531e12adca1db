// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { rehypeHeadingLinks } from './src/lib/markdown/rehype-heading-links.ts';
import remarkGfm from 'remark-gfm';
import { remarkCrossReferences } from './src/lib/markdown/remark-cross-references.ts';
import { remarkContentSafety } from './src/lib/markdown/remark-content-safety.ts';
import { hostingHeaders } from './src/integrations/hosting-headers.ts';
import { TECHNIQUE_IDS } from './src/lib/content/taxonomy.ts';
import { joinBase } from './src/lib/site/urls.ts';
import { readPaperSlugs } from './src/lib/content/content-files.ts';

// Hosting under a sub-path: ATLAS_BASE=/atlas/ npm run build. ATLAS_SITE is the public origin
// used for canonical and share links.
const base = process.env.ATLAS_BASE || '/';
const site = process.env.ATLAS_SITE || 'https://transformer-atlas.example.org';

// Renamed or short addresses stay valid: each becomes a redirect page.
// Astro does not put the base in front of redirect destinations, so we do.
const redirects = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync('./content/redirects.json', 'utf8')))
    .filter(([from]) => from.startsWith('/'))
    .map(([from, to]) => [from, joinBase(base, String(to))]),
);

const crossReferences = { base, paperSlugs: readPaperSlugs(), techniqueIds: new Set(TECHNIQUE_IDS) };

export default defineConfig({
  site,
  base,
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // A test build of a temporary content folder keeps its own content cache, so it neither reads
  // nor leaves entries that point at another build's files.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Styles inline: one round trip less before the first paint (the CSS is about 2.4 KB gzip).
  build: { format: 'directory', inlineStylesheets: 'always' },
  redirects,
  // A Content-Security-Policy meta tag on every page: only the site's own scripts and styles
  // (Astro hashes the inline ones), plus WebAssembly for Pagefind.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // No code blocks to colour here, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // remark-gfm runs only on the unified processor; MDX follows markdown.processor.
    // smartypants is off: it would turn the quoted abstracts' ' and -- into ’ and —.
    processor: unified({
      gfm: false,
      smartypants: false,
      // Content safety first: a file that is not plain Markdown fails the build, whatever else it holds.
      remarkPlugins: [remarkGfm, [remarkContentSafety, { root: process.cwd() }], [remarkCrossReferences, crossReferences]],
      // Ids first, so every section heading can get its link control.
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks],
    }),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX entry (the technique overviews; papers are rendered as Markdown by their
        // loader) triggers this notice about Astro's own "use astro:head-inject" directive
        // (harmless: Astro handles it); a copy per file hid the real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [mdx(), hostingHeaders(), sitemap({ filter: (page) => !/\/og\/|\.(png|json|bib|md|xml|txt)$/.test(page) })],
});
