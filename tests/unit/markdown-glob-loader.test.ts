// The papers' loader (src/lib/content/markdown-glob-loader.ts) run against an in-memory content
// store, as Astro's content layer calls it: each paper is rendered as Markdown at sync with the
// file's own line numbers and no module import, unchanged files are not rendered again unless the
// renderer changed, and a body that is not plain Markdown fails the sync naming file and line.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext, MetaStore } from 'astro/loaders';
import { markdownGlob } from '../../src/lib/content/markdown-glob-loader.ts';
import { paperWith } from './paper-fixture.ts';

type DataEntry = Parameters<DataStore['set']>[0];

const dir = mkdtempSync(join(tmpdir(), 'atlas-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An MDX entry type as @astrojs/mdx registers it: frontmatter split off, body trimmed, and
 * `contentModuleTypes`, which makes glob() defer rendering to a compiled module. */
const mdxEntryType = {
  extensions: ['.mdx'],
  contentModuleTypes: '',
  getEntryInfo({ contents }: { contents: string }) {
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
    const slug = /^slug: "(.*)"$/m.exec(frontmatter)?.[1];
    return { data: { slug }, body: body.trim(), slug, rawData: frontmatter };
  },
};

/** A content layer in memory that records what the loader renders and imports. */
function contentLayer() {
  const entries = new Map<string, DataEntry>();
  const meta = new Map<string, string>();
  const rendered: { file: string; content: string }[] = [];
  const moduleImports: string[] = [];
  const store: DataStore = {
    get: (key) => entries.get(key) as never,
    entries: () => [...entries],
    set: (entry) => (entries.set(entry.id, entry), true),
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
    has: (key) => entries.has(key),
    addModuleImport: (file) => void moduleImports.push(file),
  };
  const metaStore: MetaStore = {
    get: (key) => meta.get(key),
    set: (key, value) => void meta.set(key, value),
    has: (key) => meta.has(key),
    delete: (key) => void meta.delete(key),
  };
  const context = {
    collection: 'papers',
    store,
    meta: metaStore,
    config: { root: pathToFileURL(`${process.cwd()}/`), srcDir: pathToFileURL(`${process.cwd()}/src/`) },
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (content: string, options?: { fileURL?: URL }) => {
      rendered.push({ file: options?.fileURL?.pathname ?? '', content });
      return { html: `<p>${content.trim()}</p>`, metadata: {} };
    },
    generateDigest: (data: unknown) =>
      createHash('sha1')
        .update(String(typeof data === 'string' ? data : JSON.stringify(data)))
        .digest('hex'),
    entryTypes: new Map([['.mdx', mdxEntryType]]),
  } as unknown as LoaderContext;
  return { context, entries, meta, rendered, moduleImports };
}

function writePapers(folder: string, papers: Record<string, string>) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [slug, text] of Object.entries(papers)) writeFileSync(join(folder, `${slug}.mdx`), text);
}

describe('markdownGlob', () => {
  it('renders every paper at sync, with its file lines, and imports no module', async () => {
    const folder = join(dir, 'plain');
    writePapers(folder, { one: paperWith('one', '\nA second paragraph.\n'), two: paperWith('two') });
    const layer = contentLayer();
    await markdownGlob({ pattern: '*.mdx', base: folder }).load(layer.context);

    expect(layer.moduleImports).toEqual([]);
    expect([...layer.entries.keys()].sort()).toEqual(['one', 'two']);
    for (const entry of layer.entries.values()) {
      expect(entry.deferredRender).toBe(false);
      expect(entry.rendered?.html).toContain('An abstract with');
    }
    const one = layer.rendered.find((r) => r.file.endsWith('/one.mdx'))!;
    const fileLines = paperWith('one', '\nA second paragraph.\n').split('\n');
    const renderedLines = one.content.split('\n');
    // Each body line reaches the renderer on the line it has in the file.
    for (const line of ['A second paragraph.', fileLines.find((l) => l.startsWith('An abstract'))!]) {
      expect(renderedLines.indexOf(line)).toBe(fileLines.indexOf(line));
    }
  });

  it('renders only what changed on the next sync, and everything once the renderer changed', async () => {
    const folder = join(dir, 'cached');
    writePapers(folder, { one: paperWith('one'), two: paperWith('two') });
    const layer = contentLayer();
    const loader = markdownGlob({ pattern: '*.mdx', base: folder });
    await loader.load(layer.context);
    expect(layer.rendered).toHaveLength(2);

    writeFileSync(join(folder, 'two.mdx'), paperWith('two', '\nEdited.\n'));
    await loader.load(layer.context);
    expect(layer.rendered.slice(2).map((r) => r.file.split('/').pop())).toEqual(['two.mdx']);

    layer.meta.set('renderer-digest', 'a renderer from an older build');
    await loader.load(layer.context);
    expect(
      layer.rendered
        .slice(3)
        .map((r) => r.file.split('/').pop())
        .sort(),
    ).toEqual(['one.mdx', 'two.mdx']);
  });

  it('renders an entry an older build cached as deferred', async () => {
    const folder = join(dir, 'deferred');
    writePapers(folder, { one: paperWith('one') });
    const layer = contentLayer();
    const loader = markdownGlob({ pattern: '*.mdx', base: folder });
    await loader.load(layer.context);
    const { rendered: _html, ...stored } = layer.entries.get('one')!;
    layer.entries.set('one', { ...stored, deferredRender: true });
    await loader.load(layer.context);
    expect(layer.entries.get('one')?.rendered?.html).toContain('An abstract with');
    expect(layer.moduleImports).toEqual([]);
  });

  it('fails the sync on a body that is not plain Markdown, naming every file and line', async () => {
    const folder = join(dir, 'unsafe');
    const jsx = paperWith('jsx', '\nA <Leak file="/etc/hostname" /> component.\n');
    const expression = paperWith('expression', '\nLeaked: {process.env.HOME}.\n');
    writePapers(folder, { jsx, expression, fine: paperWith('fine') });
    const layer = contentLayer();
    const sync = markdownGlob({ pattern: '*.mdx', base: folder }).load(layer.context);
    const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    await expect(sync).rejects.toThrow(new RegExp(`jsx\\.mdx:${lineOf(jsx, 'A <Leak')}: not allowed in content: a JSX component <Leak>`));
    await expect(sync).rejects.toThrow(new RegExp(`expression\\.mdx:${lineOf(expression, 'Leaked')}: not allowed in content: an expression`));
    expect(layer.rendered.map((r) => r.file.split('/').pop())).toEqual(['fine.mdx']);
  });
});
