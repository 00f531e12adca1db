// Serves an existing build for the harness: finds the base path it was built for from the
// search page's canonical link, so a plain build and the /atlas/ build both work.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveCounting, type CountingServer } from '../bench/serve.ts';

export function builtBase(dist: string): string {
  const searchPage = join(dist, 'search/index.html');
  if (!existsSync(searchPage) || !existsSync(join(dist, 'pagefind/pagefind.js'))) {
    throw new Error(`${dist}/ has no built search page and Pagefind index: run npm run build first`);
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(searchPage, 'utf8'))?.[1];
  if (!canonical) throw new Error(`${searchPage} has no canonical link to read the base path from; rebuild with npm run build`);
  return new URL(canonical).pathname.replace(/search\/$/, '');
}

export function serveDist(dist: string, port: number, gzip = false): Promise<CountingServer> {
  return serveCounting(dist, port, { base: builtBase(dist), gzip });
}
