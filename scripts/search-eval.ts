// npm run search:eval [-- --dist dist --misses]
// Relevance harness: serves the existing build (it builds nothing), types every judged query
// (tests/search/queries.json) into the real search page in Chromium, and scores the papers it
// shows against plain BM25 over title + abstract, per split and query class.
// --misses also lists the queries where our top 5 holds no relevant paper.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { evaluateSearch, GROUPS, SPLITS } from './search-eval/evaluate.ts';
import { relative } from './search-eval/metrics.ts';
import { serveDist } from './search-eval/serve-dist.ts';
import { recallAt } from './search-eval/metrics.ts';

const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : 'dist';
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

let server;
try {
  server = await serveDist(dist, 0);
} catch (error) {
  console.error(`search:eval: ${(error as Error).message}`);
  process.exit(1);
}
const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ['--disable-background-networking'] });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
  const { runs, scores } = await evaluateSearch(page);
  const f = (n: number) => n.toFixed(3);
  for (const split of SPLITS) {
    const rows = GROUPS.map((group) => {
      const { ours, yardstick } = scores[split][group]!;
      return [
        group,
        String(ours.queries),
        `${f(ours.recall5)} / ${f(yardstick.recall5)} (${relative(ours.recall5, yardstick.recall5)})`,
        `${f(ours.mrr10)} / ${f(yardstick.mrr10)} (${relative(ours.mrr10, yardstick.mrr10)})`,
        `${f(ours.ndcg10)} / ${f(yardstick.ndcg10)} (${relative(ours.ndcg10, yardstick.ndcg10)})`,
        `${(ours.hit5 * 100).toFixed(0)}% / ${(yardstick.hit5 * 100).toFixed(0)}%`,
      ];
    });
    const header = ['class', 'queries', 'recall@5 ours / BM25', 'MRR@10 ours / BM25', 'nDCG@10 ours / BM25', 'any relevant in top 5'];
    console.log(`\n## ${split} queries\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  }
  if (args.includes('--misses')) {
    console.log('\nQueries with no relevant paper in our top 5:');
    for (const run of runs.filter((r) => recallAt(r.ours, r.query.relevant, 5) === 0)) {
      console.log(
        `  ${run.query.id} [${run.query.class}] "${run.query.q}": ours ${run.ours.slice(0, 3).join(', ')} | BM25 ${run.yardstick.slice(0, 1).join(', ')}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
