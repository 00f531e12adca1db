// Bytes a page makes the browser fetch before any interaction: its HTML, stylesheets and
// scripts (following static imports between chunks), raw and gzip-compressed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
  scripts: string[];
}

const size = (content: Buffer): Bytes => ({ raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** dist file for a URL path under the site's base ('/' for these measurements). */
function fileOf(dist: string, path: string): string {
  return join(dist, decodeURIComponent(path.split('?')[0]!.replace(/^\//, '')));
}

/** A script and every chunk it imports statically (dynamic imports load later, on use). */
export function scriptClosure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const file = fileOf(dist, entry);
  if (!existsSync(file)) return seen;
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
    scriptClosure(dist, new URL(match[1]!, `http://x${entry}`).pathname, seen);
  }
  return seen;
}

export function bytesOf(dist: string, paths: Iterable<string>): Bytes {
  let total = ZERO;
  for (const path of paths) {
    const file = fileOf(dist, path);
    if (existsSync(file)) total = add(total, size(readFileSync(file)));
  }
  return total;
}

export function pageWeight(dist: string, pagePath: string): PageWeight {
  const htmlFile = join(fileOf(dist, pagePath), 'index.html');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const styles = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const entries = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = new Set<string>();
  for (const entry of entries) scriptClosure(dist, entry, scripts);
  const css = bytesOf(dist, styles);
  const js = bytesOf(dist, scripts);
  const htmlBytes = size(html);
  return { html: htmlBytes, css, js, total: add(add(htmlBytes, css), js), scripts: [...scripts] };
}
