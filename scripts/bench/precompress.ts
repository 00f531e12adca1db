// Writes a gzip copy beside every text file of a built site, so the static server sends what
// a real host sends (sirv serves *.gz where the browser accepts gzip). Without it, Lighthouse
// and the load test would measure uncompressed pages that no host would serve.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = /\.(html|css|js|mjs|json|xml|svg|txt|md|bib)$/;

export function precompress(dir: string): number {
  let written = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) written += precompress(path);
    else if (TEXT.test(name)) {
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
      written++;
    }
  }
  return written;
}
