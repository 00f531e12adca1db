// Sizes of a built site: all of its files, and its largest HTML pages raw and gzip-compressed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export function outputBytes(dir: string): number {
  return files(dir).reduce((sum, f) => sum + statSync(f).size, 0);
}

export interface PageSize {
  path: string;
  raw: number;
  gzip: number;
}

/** The `count` largest HTML pages by gzip size (raw size picks the candidates). */
export function largestPages(dir: string, count = 5): PageSize[] {
  const html = files(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, raw: statSync(f).size }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, count * 4);
  return html
    .map(({ f, raw }) => ({ path: `/${relative(dir, f)}`, raw, gzip: gzipSync(readFileSync(f), { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, count);
}
