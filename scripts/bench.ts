// npm run bench [-- --quick] [--sizes=5000,20000] [--compare-only] [--synthetic-only]
// Prints the project's speed and size figures as tables (budgets are reported, not asserted):
// our build against the bare stack on the same papers (time, memory, output, largest pages,
// first-query bytes; and against its Markdown variant, time and memory) for the real collection
// and synthetic ones of 5,000 and 20,000 papers, what timelines add to the build, page weights, search index and query figures, Lighthouse
// scores, and a load test. --quick skips the synthetic builds and Lighthouse; --compare-only
// stops after the comparison; --synthetic-only leaves the real collection out of it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured, type Measured } from './bench/measure.ts';
import { writeSyntheticCollection } from './bench/synthetic.ts';
import { pageWeight, scriptClosure, bytesOf } from './bench/weight.ts';
import { benchSearch, indexSize, BENCH_QUERIES } from './bench/search.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { loadTest } from './bench/load.ts';
import { serveCounting } from './bench/serve.ts';
import { precompress } from './bench/precompress.ts';
import { writeBareStack } from './bench/bare-stack.ts';
import { largestPages, outputBytes } from './bench/output.ts';
import { timeSimilarity } from './bench/similarity.ts';

const quick = process.argv.includes('--quick');
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const BIN = join(process.cwd(), 'node_modules/.bin');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const table = (title: string, header: string[], rows: (string | number)[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  console.log(`\n## ${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
};
const countPapers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).length;

interface BuildFigures {
  papers: number;
  validate: Measured;
  astro: Measured;
  pagefind: Measured;
}

/** An empty content cache folder for one build, so no build reuses papers another rendered. */
function freshCacheDir(name: string): string {
  const dir = join(tmpdir(), name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

async function measuredBuild(env: Record<string, string>, outDir: string, papers: number): Promise<BuildFigures> {
  // The bare stack builds into a fresh folder with a fresh content cache; so does ours: Astro's
  // clearing of an earlier run's output (about 2 s at 5,000 papers) would count against it, and
  // papers rendered by an earlier run (kept in the content cache) would count for it.
  rmSync(outDir, { recursive: true, force: true });
  const cacheDir = freshCacheDir('atlas-bench-cache');
  const heap = { NODE_OPTIONS: '--max-old-space-size=20000' };
  const validate = await runMeasured(process.execPath, ['scripts/validate-content.ts'], env);
  const astro = await runMeasured(join(BIN, 'astro'), ['build'], { ...env, ...heap, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cacheDir });
  const pagefind = await runMeasured(join(BIN, 'pagefind'), ['--site', outDir], env);
  return { papers, validate, astro, pagefind };
}

function buildRow(name: string, b: BuildFigures): (string | number)[] {
  const total = b.validate.ms + b.astro.ms + b.pagefind.ms;
  const peak = Math.max(b.validate.peakMiB ?? 0, b.astro.peakMiB ?? 0, b.pagefind.peakMiB ?? 0);
  return [
    name,
    b.papers,
    s(b.validate.ms),
    s(b.astro.ms),
    s(b.pagefind.ms),
    s(total),
    `${(total / b.papers).toFixed(1)} ms`,
    `${(peak / 1024).toFixed(2)} GiB`,
  ];
}

function serve(dir: string, port: number): Promise<() => void> {
  const server = spawn(join(BIN, 'sirv'), [dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore' });
  return new Promise((resolveServe) => setTimeout(() => resolveServe(() => server.kill()), 800));
}

const realPapers = countPapers('content/papers');
const DIST = 'dist-bench';
console.log(`Transformer Atlas benchmark (${quick ? 'quick' : 'full'}), ${new Date().toISOString()}`);

// 1. Builds: ours and the bare stack (scripts/bench/bare-stack.ts) on the same papers, one
// after the other in this run, so machine load hits both alike.
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = quick ? [] : sizesArg ? sizesArg.slice(8).split(',').map(Number) : [5000, 20000];
const compareOnly = process.argv.includes('--compare-only');
const total = (b: BuildFigures) => b.validate.ms + b.astro.ms + b.pagefind.ms;
const peakOf = (...runs: Measured[]) => Math.max(...runs.map((r) => r.peakMiB ?? 0));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function bareBuild(papersDir: string, size: number, as: 'mdx' | 'markdown' = 'mdx'): Promise<{ ms: number; peakMiB: number; dist: string }> {
  const dir = writeBareStack(join(tmpdir(), `atlas-bare-${as}-${size}`), papersDir, as);
  const astro = await runMeasured(join(BIN, 'astro'), ['build'], { NODE_OPTIONS: '--max-old-space-size=20000' }, dir);
  const pagefind = await runMeasured(join(BIN, 'pagefind'), ['--site', 'dist'], {}, dir);
  return { ms: astro.ms + pagefind.ms, peakMiB: peakOf(astro, pagefind), dist: join(dir, 'dist') };
}

async function firstQueryBytes(dist: string): Promise<number> {
  const server = await serveCounting(dist, 4412);
  try {
    return (await benchSearch(server.origin, CHROMIUM, server.pagefindBytes, server.resetCount)).firstQueryBytes;
  } finally {
    await server.stop();
  }
}

const collections: { name: string; papers: number; papersDir: string; env: Record<string, string>; dist: string }[] = [
  // --synthetic-only: the sizes given, without the real collection (for one long run at 20,000).
  ...(process.argv.includes('--synthetic-only') ? [] : [{ name: 'real collection', papers: realPapers, papersDir: 'content/papers', env: {}, dist: DIST }]),
  ...sizes.map((size) => ({
    name: `synthetic ${size}`,
    papers: size,
    papersDir: join(tmpdir(), `atlas-synthetic-${size}`),
    env: { ATLAS_PAPERS_DIR: join(tmpdir(), `atlas-synthetic-${size}`) },
    dist: join(tmpdir(), `atlas-dist-${size}`),
  })),
];
const builds: [string, BuildFigures][] = [];
const similarity: [string, ReturnType<typeof timeSimilarity>, BuildFigures | null][] = [];
const comparison: (string | number)[][] = [];
const againstMarkdown: (string | number)[][] = [];
const largest: (string | number)[][] = [];
for (const c of collections) {
  if (c.papers !== realPapers) writeSyntheticCollection(c.papersDir, 'content/papers', c.papers, realPapers);
  const ours = await measuredBuild(c.env, c.dist, c.papers);
  const bare = await bareBuild(c.papersDir, c.papers);
  const bareMarkdown = await bareBuild(c.papersDir, c.papers, 'markdown');
  builds.push([c.name, ours]);
  similarity.push([c.name, timeSimilarity(c.papersDir), ours]);
  const oursPeak = peakOf(ours.validate, ours.astro, ours.pagefind);
  // papers, ours, yardstick, time ratio, ours peak, yardstick peak, memory ratio
  const against = (yardstick: { ms: number; peakMiB: number }) => [
    c.papers,
    s(total(ours)),
    s(yardstick.ms),
    `${(total(ours) / yardstick.ms).toFixed(2)}x`,
    `${(oursPeak / 1024).toFixed(2)} GiB`,
    `${(yardstick.peakMiB / 1024).toFixed(2)} GiB`,
    `${(oursPeak / yardstick.peakMiB).toFixed(2)}x`,
  ];
  const pages = largestPages(c.dist);
  comparison.push([
    ...against(bare),
    `${(peakOf(ours.astro) / 1024).toFixed(2)} / ${(peakOf(ours.pagefind) / 1024).toFixed(2)}`,
    `${mb(outputBytes(c.dist))} / ${mb(outputBytes(bare.dist))}`,
    `${kb(pages[0]!.raw)} / ${kb(pages[0]!.gzip)}`,
    kb(await firstQueryBytes(c.dist)),
  ]);
  againstMarkdown.push(against(bareMarkdown));
  for (const p of pages) largest.push([c.papers, p.path, kb(p.raw), kb(p.gzip), p.gzip <= 100 * 1024 ? 'within' : 'OVER']);
}
table(
  'Ours against the bare stack (Astro + MDX + remark-gfm + Pagefind), same papers, same run (budget: time 1.2x, memory 1.0x)',
  [
    'papers',
    'ours',
    'bare',
    'time ratio',
    'ours peak',
    'bare peak',
    'memory ratio',
    'ours astro / pagefind GiB',
    'output ours / bare',
    'largest HTML raw / gzip',
    'first query bytes',
  ],
  comparison,
);
table(
  'Ours against the bare stack rendering the papers as Markdown (no module per paper, as ours; no budget: how much our pages cost beyond the papers)',
  ['papers', 'ours', 'bare Markdown', 'time ratio', 'ours peak', 'bare Markdown peak', 'memory ratio'],
  againstMarkdown,
);
table('Largest five HTML pages (budget: 100 KB gzip)', ['papers', 'page', 'raw', 'gzip', 'budget'], largest);
if (compareOnly) process.exit(0);
// A fresh content cache, as for the build it is compared with.
const noTimelinesCache = freshCacheDir('atlas-bench-cache-no-timelines');
const noTimelines = await runMeasured(join(BIN, 'astro'), ['build'], {
  ATLAS_OUT_DIR: `${DIST}-no-timelines`,
  ATLAS_NO_TIMELINES: '1',
  ATLAS_CACHE_DIR: noTimelinesCache,
});
table(
  'Build (validate + astro + pagefind)',
  ['collection', 'papers', 'validate', 'astro', 'pagefind', 'total', 'per paper', 'peak memory'],
  builds.map(([name, b]) => buildRow(name, b)),
);
const withTimelines = builds[0]![1].astro.ms;
table(
  'What timelines add to the build (budget: at most 10%)',
  ['astro build', 'time'],
  [
    ['with timelines', s(withTimelines)],
    ['without timelines', s(noTimelines.ms)],
    ['difference', `${(((withTimelines - noTimelines.ms) / noTimelines.ms) * 100).toFixed(1)}%`],
  ],
);

table(
  'Similar papers (TF-IDF, top 5 per paper, computed once per build; budget: a few % of the build)',
  ['collection', 'papers', 'wall', 'CPU', 'share of the build (wall / validate + astro + pagefind)'],
  similarity.map(([name, t, b]) => [
    name,
    t.papers,
    s(t.ms),
    s(t.cpuMs),
    b ? `${((t.ms / (b.validate.ms + b.astro.ms + b.pagefind.ms)) * 100).toFixed(1)}%` : '- (no build in --quick)',
  ]),
);

// 2. Page weights.
const PAGES: [string, string, number | null][] = [
  ['home', '/', null],
  ['technique (mixture-of-experts)', '/techniques/mixture-of-experts/', 80],
  ['paper (MatFormer)', '/papers/matformer-nested-transformer-for-elastic-inference/', 30],
  ['search', '/search/', null],
];
table(
  'Page weight before any interaction (gzip, level 9; styles are inline, so they count in HTML)',
  ['page', 'HTML', 'CSS files', 'JS', 'total', 'raw total', 'budget'],
  PAGES.map(([name, path, budget]) => {
    const w = pageWeight(DIST, path);
    return [
      name,
      kb(w.html.gzip),
      kb(w.css.gzip),
      kb(w.js.gzip),
      kb(w.total.gzip),
      kb(w.total.raw),
      budget ? `${budget} KB: ${w.total.gzip <= budget * 1024 ? 'within' : 'OVER'}` : '-',
    ];
  }),
);
const techniqueScripts = pageWeight(DIST, '/techniques/mixture-of-experts/').scripts;
const timelineEntry = techniqueScripts.find((p) => p.includes('TimelineFigure'));
const timelineJs = timelineEntry ? bytesOf(DIST, scriptClosure(DIST, timelineEntry)) : { raw: 0, gzip: 0 };
table(
  'JavaScript for the timeline on a technique page (budget: 30 KB gzip)',
  ['script', 'raw', 'gzip', 'budget'],
  [[timelineEntry ?? '(none found)', kb(timelineJs.raw), kb(timelineJs.gzip), timelineJs.gzip <= 30 * 1024 ? 'within' : 'OVER']],
);

// 3. Search, against a server in this process that counts the search bytes it sends (gzip
// copies where a host would compress; Pagefind's own files are compressed already).
const index = indexSize(DIST);
precompress(DIST);
const countingServer = await serveCounting(DIST, 4411, { gzip: true });
try {
  const search = await benchSearch(countingServer.origin, CHROMIUM, countingServer.pagefindBytes, countingServer.resetCount);
  const sorted = [...search.warm].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  table(
    'Search (Pagefind, headless Chromium; bytes as served with gzip, cold page)',
    ['figure', 'value', 'target'],
    [
      ['index files', index.files, '-'],
      ['index size', kb(index.bytes), '-'],
      [
        'bytes for the first query (bundle, worker, WebAssembly, index chunks, shown results)',
        kb(search.firstQueryBytes),
        `<= 150 KB: ${search.firstQueryBytes <= 150 * 1024 ? 'met' : 'MISSED'}`,
      ],
      ['bytes for a follow-up query', kb(search.followUpBytes), '-'],
      ['first query, cold (ms)', search.coldMs.toFixed(0), '-'],
      [`keystroke to results, warm, median of ${BENCH_QUERIES.length} queries (ms)`, median.toFixed(1), `< 50 ms: ${median < 50 ? 'met' : 'MISSED'}`],
      ['keystroke to results, warm, worst (ms)', sorted.at(-1)!.toFixed(1), '-'],
    ],
  );
} finally {
  await countingServer.stop();
}

// Lighthouse and the load test go to a static server in a process of its own, sending gzip
// as a host would (the gzip copies were written above).
const stopServer = await serve(DIST, 4410);
try {
  // 4. Lighthouse.
  if (!quick) {
    const scores = await runLighthouse(
      ['/', '/techniques/mixture-of-experts/', '/papers/matformer-nested-transformer-for-elastic-inference/', '/timeline/', '/search/?q=kv+cache'].map(
        (p) => `http://127.0.0.1:4410${p}`,
      ),
      CHROMIUM,
    );
    table(
      'Lighthouse, mobile profile (target 100 each)',
      ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
      scores.map((r) => [new URL(r.url).pathname, r.scores.performance!, r.scores.accessibility!, r.scores['best-practices']!, r.scores.seo!]),
    );
    const misses = scores.flatMap((r) => r.misses.map((m) => `${new URL(r.url).pathname}: ${m}`));
    console.log(misses.length ? `What kept a score below 100:\n${misses.map((m) => `  - ${m}`).join('\n')}` : 'Every score is 100.');
  }

  // 5. Load.
  const pagefindChunks = readdirSync(join(DIST, 'pagefind/index'))
    .slice(0, 5)
    .map((f) => `/pagefind/index/${f}`);
  const load = await loadTest('http://127.0.0.1:4410', [
    '/',
    '/papers/',
    '/techniques/mixture-of-experts/',
    '/search/',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    ...pagefindChunks,
  ]);
  table(
    'Load test: 200 concurrent connections for 10 s on loopback (static server: sirv, gzip)',
    ['figure', 'value'],
    [
      ['requests', load.requests],
      ['requests per second (mean)', load.perSecond.toFixed(0)],
      ['latency p50 / p99 (ms)', `${load.p50} / ${load.p99}`],
      ['errors', load.errors],
      ['non-2xx responses', load.non2xx],
    ],
  );
} finally {
  stopServer();
}
