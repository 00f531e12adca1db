// Content is data: every kind of payload a stranger's pull request could put in a paper or an
// overview is refused twice, by `npm run validate` and by `astro build` itself (the remark
// plugin), and each refusal names the file and the line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { escapeMdxText } from '../../src/lib/import/mdx-text.ts';
import { paperWith } from './paper-fixture.ts';
import { findUnsafeMarkdown, linkScheme, mayHoldMdxSyntax, type MarkdownNode } from '../../src/lib/markdown/markdown-safety.ts';

/** One payload per kind, as a contributor would append it, and the words the refusal uses. */
const PAYLOADS = [
  { kind: 'esm-import', text: 'import fs from "node:fs";', found: /an ESM import\/export "import fs from/ },
  { kind: 'esm-export', text: 'export const leak = fs.readFileSync("/etc/hostname", "utf8");', found: /an ESM import\/export "export const leak/ },
  { kind: 'flow-expression', text: '{process.env.HOME}', found: /an expression \{process\.env\.HOME\}/ },
  { kind: 'inline-expression', text: 'Leaked: {leak} in a sentence.', found: /an expression \{leak\}/ },
  { kind: 'jsx-component', text: 'A <Leak file="/etc/hostname" /> component.', found: /a JSX component <Leak>/ },
  { kind: 'jsx-fragment', text: '<>fragment</>', found: /a JSX fragment/ },
  { kind: 'raw-html', text: 'Some <b onclick="alert(1)">bold</b> markup.', found: /raw HTML <b>/ },
  { kind: 'script', text: '<script>alert(document.domain)</script>', found: /an HTML <script> element/ },
  { kind: 'iframe', text: '<iframe src="https://attacker.example/"></iframe>', found: /an HTML <iframe> element/ },
  { kind: 'javascript-link', text: 'A [harmless link](javascript:alert(1)).', found: /a link to "javascript:alert\(1\)"/ },
  { kind: 'data-link', text: '[a picture](data:text/html;base64,PHNjcmlwdD4=)', found: /a link to "data:text\/html/ },
  { kind: 'vbscript-definition', text: '[evil]: vbscript:msgbox(1)', found: /a link to "vbscript:msgbox\(1\)"/ },
] as const;

/** The 1-based line of the payload's first line in `text`. */
const lineOf = (text: string, payload: string) => text.split('\n').indexOf(payload.split('\n')[0]!) + 1;

/** The tiny folder's papers; every technique's reading path points at them. */
const TINY_PAPERS = ['a-good-paper', 'a-second-paper', 'a-third-paper'];
const READING_PATH = `startHere:\n${TINY_PAPERS.map((slug) => `  - paper: "${slug}"\n    why: "Read it first."`).join('\n')}\n`;

/** Technique files with their frontmatter and a short overview without cross-references. */
function plainTechniques(dir: string, payloadFor: (id: string) => string = () => '') {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync('content/techniques')) {
    const text = readFileSync(join('content/techniques', name), 'utf8');
    const frontmatter = text.slice(0, text.indexOf('\n---', 4) + 4).replace(/\nstartHere:\n(?:  .*\n)+/, `\n${READING_PATH}`);
    writeFileSync(join(dir, name), `${frontmatter}\n\nA plain overview.\n${payloadFor(name.replace(/\.mdx$/, ''))}`);
  }
}

const TECHNIQUE_FOR = (i: number) => readdirSync('content/techniques')[i]!.replace(/\.mdx$/, '');

describe('npm run validate refuses every payload', () => {
  // One folder holds every payload: one paper per kind and one overview per kind.
  const root = mkdtempSync(join(tmpdir(), 'atlas-safety-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const paperFiles: { path: string; line: number }[] = [];
  const overviewFiles: { path: string; line: number }[] = [];
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    const papersDir = join(root, 'content/papers');
    cpSync('content/papers', papersDir, { recursive: true });
    cpSync('content/techniques', join(root, 'content/techniques'), { recursive: true });
    cpSync('content/provenance', join(root, 'content/provenance'), { recursive: true });
    PAYLOADS.forEach((p, i) => {
      const paper = paperWith(`payload-${p.kind}`, `\n${p.text}\n`);
      writeFileSync(join(papersDir, `payload-${p.kind}.mdx`), paper);
      paperFiles.push({ path: `content/papers/payload-${p.kind}.mdx`, line: lineOf(paper, p.text) });
      const id = TECHNIQUE_FOR(i);
      const file = join(root, 'content/techniques', `${id}.mdx`);
      const overview = `${readFileSync(file, 'utf8')}\n${p.text}\n`;
      writeFileSync(file, overview);
      overviewFiles.push({ path: `content/techniques/${id}.mdx`, line: lineOf(overview, p.text) });
    });
    result = spawnSync(process.execPath, ['scripts/validate-content.ts', root], { encoding: 'utf8' });
  });

  it('exits 1 and prints no stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
  PAYLOADS.forEach((payload, i) => {
    it(`refuses ${payload.kind} in a paper, naming file and line`, () => {
      const { path, line } = paperFiles[i]!;
      const lines = result.stderr.split('\n').filter((l) => l.startsWith(`${path}:${line}: not allowed in content: `));
      expect(lines.join('\n')).toMatch(payload.found);
    });
    it(`refuses ${payload.kind} in an overview, naming file and line`, () => {
      const { path, line } = overviewFiles[i]!;
      const lines = result.stderr.split('\n').filter((l) => l.startsWith(`${path}:${line}: not allowed in content: `));
      expect(lines.join('\n')).toMatch(payload.found);
    });
  });
});

/**
 * `astro build` alone (no validator) of a tiny content folder, with a content cache of its own:
 * Astro's cache keys entries by id, so a shared one would point at another build's files.
 */
const buildRoot = mkdtempSync(join(tmpdir(), 'atlas-safety-build-'));
function buildAlone(papers: Record<string, string>, overviewPayload?: { id: string; text: string }) {
  rmSync(buildRoot, { recursive: true, force: true });
  mkdirSync(join(buildRoot, 'papers'), { recursive: true });
  for (const [name, text] of Object.entries(papers)) writeFileSync(join(buildRoot, 'papers', name), text);
  plainTechniques(join(buildRoot, 'techniques'), (id) => (id === overviewPayload?.id ? `\n${overviewPayload.text}\n` : ''));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ATLAS_PAPERS_DIR: join(buildRoot, 'papers'),
      ATLAS_TECHNIQUES_DIR: join(buildRoot, 'techniques'),
      ATLAS_OUT_DIR: join(buildRoot, 'dist'),
      ATLAS_CACHE_DIR: join(buildRoot, 'cache'),
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build refuses every payload by itself', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(buildRoot, { recursive: true, force: true }));
  const good = Object.fromEntries(TINY_PAPERS.map((slug) => [`${slug}.mdx`, paperWith(slug, '')]));
  PAYLOADS.forEach((payload, i) => {
    it(`fails on ${payload.kind} in a paper, naming file and line`, () => {
      const text = paperWith('payload', `\n${payload.text}\n`);
      const build = buildAlone({ ...good, 'payload.mdx': text });
      expect(build.status).not.toBe(0);
      const refusal = build.output.split('\n').find((l) => l.includes(`papers/payload.mdx:${lineOf(text, payload.text)}: not allowed in content: `));
      expect(refusal).toMatch(payload.found);
    });
    it(`fails on ${payload.kind} in an overview, naming file and line`, () => {
      const id = TECHNIQUE_FOR(i);
      const build = buildAlone(good, { id, text: payload.text });
      expect(build.status).not.toBe(0);
      const written = readFileSync(join(buildRoot, 'techniques', `${id}.mdx`), 'utf8');
      const refusal = build.output.split('\n').find((l) => l.includes(`techniques/${id}.mdx:${lineOf(written, payload.text)}: not allowed in content: `));
      expect(refusal).toMatch(payload.found);
    });
  });

  it('builds the same tiny folder when it holds no payload (the refusals are not the build failing anyway)', () => {
    const build = buildAlone(good);
    expect(build.output).not.toMatch(/not allowed in content/);
    expect(build.status).toBe(0);
  });
});

describe('literal symbols in real text stay text', () => {
  /** The refusals a paper body would get once the import has escaped its abstract. */
  async function unsafeAfterEscape(text: string) {
    const found: unknown[] = [];
    await compile(escapeMdxText(text), { remarkPlugins: [remarkGfm, () => (tree: MarkdownNode) => void found.push(...findUnsafeMarkdown(tree))] });
    return found;
  }
  it.each([
    'Set notation {x | x > 0} and {a, b}',
    'Reasoning traces between <think> and </think> tags',
    'Attention costs O(n^{2}) and D^{2}MoE halves it; a < b > c',
    'See [the code](javascript:alert(1)) and <script>alert(1)</script>',
  ])('%j is accepted after escaping', async (text) => {
    expect(await unsafeAfterEscape(text)).toEqual([]);
  });

  it('reads schemes as a browser does', () => {
    expect(linkScheme(' JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(linkScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(linkScheme('paper:flashattention')).toBe('paper');
    expect(linkScheme('/papers/x/')).toBeNull();
  });
});

describe('the validator parses only what could hold MDX syntax', () => {
  it.each(PAYLOADS.map((p) => [p.kind, p.text] as const))('%s is parsed', (_, text) => {
    expect(mayHoldMdxSyntax(`A plain first sentence.\n\n${text}\n`)).toBe(true);
  });

  it.each(['x {unclosed', 'a < b', 'an <https://example.org> autolink', '  import x from "y"'])('%j is parsed', (text) => {
    expect(mayHoldMdxSyntax(text)).toBe(true);
  });

  it('skips plain prose, with its bare web addresses, emphasis and maths words', () => {
    expect(mayHoldMdxSyntax('We *improve* speed by 2x (see https://github.com/a/b); code at www.example.org, importance of exports.')).toBe(false);
  });
});
