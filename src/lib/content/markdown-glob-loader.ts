// glob() for paper files: .mdx by name, plain Markdown by rule (markdown-safety.ts: no imports,
// expressions, JSX or HTML), so they are rendered as Markdown once, when content is synced.
// Left to glob() alone, each .mdx file would become a JavaScript module for the bundler: at
// 5,000 papers, 5,000 modules and most of the build's time and memory, for features no paper
// may use. The HTML is kept in Astro's content store, so an unchanged file is not rendered again.
// The check the MDX compiler made (syntax, then content safety) runs here, with the validator's
// words, so `astro build` alone still refuses what `npm run validate` refuses.
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainMarkdownProblems } from '../markdown/plain-markdown-check.ts';
import { formatProblem } from './validate-content.ts';

type GlobOptions = Parameters<typeof glob>[0];
type DataEntry = Parameters<DataStore['set']>[0];

/** Lines before the body in the file (frontmatter, blank lines), so that the renderer's and
 * the check's line numbers are the file's own. */
function linesBeforeBody(contents: string, body: string): number {
  const at = body ? contents.indexOf(body) : -1;
  return at < 0 ? 0 : contents.slice(0, at).split('\n').length - 1;
}

/** What the stored HTML depends on besides the file: the config files that set up the
 * Markdown pipeline, our remark/rehype plugins and the rest of src/lib, and the installed
 * packages. A change to any renders every paper again instead of serving HTML from an older
 * renderer (Astro's own check compares the resolved config, which does not see into plugins). */
function rendererSources(root: string): string {
  const lib = join(root, 'src/lib');
  const libFiles = readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(lib, name));
  const files = [join(root, 'astro.config.mjs'), join(root, 'src/content.config.ts'), join(root, 'package-lock.json'), ...libFiles];
  return files.map((file) => readFileSync(file, 'utf8')).join('\0');
}

/** Renders one entry glob() left for the bundler; returns its refusals (empty when rendered). */
async function renderEntry(entry: DataEntry, context: LoaderContext): Promise<string[]> {
  const fileURL = new URL(entry.filePath!, context.config.root);
  const body = entry.body ?? '';
  const offset = linesBeforeBody(await readFile(fileURL, 'utf8'), body);
  const problems = await plainMarkdownProblems(body);
  if (problems.length > 0) {
    return problems.map(({ line, message }) => formatProblem({ path: entry.filePath!, line: line === null ? null : offset + line, message }));
  }
  try {
    const rendered = await context.renderMarkdown('\n'.repeat(offset) + body, { fileURL });
    context.store.set({ ...entry, deferredRender: false, rendered });
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

export function markdownGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'markdown-glob-loader',
    load: async (context) => {
      const rendererDigest = context.generateDigest(rendererSources(fileURLToPath(context.config.root)));
      if (context.meta.get('renderer-digest') !== rendererDigest) context.store.clear();
      const deferred: DataEntry[] = [];
      let syncing = true;
      // glob() stores an .mdx entry as "deferred" (rendered later from a compiled module); those
      // entries are taken here instead, and no module import is recorded for them. In the dev
      // server glob() goes on storing edited files after the sync; those are rendered at once.
      const store: DataStore = {
        ...context.store,
        set: (entry) => {
          if (!entry.deferredRender) return context.store.set(entry);
          if (syncing) deferred.push(entry);
          else void renderEntry(entry, context).then((refusals) => refusals.forEach((r) => context.logger.error(r)));
          return true;
        },
        addModuleImport: () => {},
      };
      await inner.load({ ...context, store });
      syncing = false;
      // An unchanged file is skipped by glob(); one cached as deferred by an older build is not.
      deferred.push(...context.store.values().filter((entry) => entry.deferredRender));
      const refusals: string[] = [];
      for (const entry of deferred) refusals.push(...(await renderEntry(entry, context)));
      if (refusals.length > 0) throw new Error(`${refusals.length} content file problem(s):\n${refusals.join('\n')}`);
      context.meta.set('renderer-digest', rendererDigest);
    },
  };
}
