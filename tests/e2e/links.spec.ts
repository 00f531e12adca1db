// Crawl of the built site (dist/, built with the /atlas/ base): every internal link and anchor
// resolves, and nothing escapes the base path.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { E2E_BASE } from '../../playwright.config.ts';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The dist file a site URL path is served from, or null. */
function fileForPath(pathname: string): string | null {
  const inside = decodeURIComponent(pathname.slice(E2E_BASE.length));
  const candidates = [join(DIST, inside), join(DIST, inside, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

test('every internal link and anchor in dist/ resolves under the base path', () => {
  const pages = htmlFiles(DIST);
  expect(pages.length).toBeGreaterThan(600);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(
        file,
        new Set(
          parse(readFileSync(file, 'utf8'))
            .querySelectorAll('[id]')
            .map((el) => el.id),
        ),
      );
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const root = parse(readFileSync(page, 'utf8'));
    const pageUrl = new URL(`http://site${E2E_BASE}${page.slice(DIST.length + 1).replace(/index\.html$/, '')}`);
    for (const element of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src')!;
      if (/^(https?:|mailto:)/.test(raw) && !raw.startsWith('http://site')) continue;
      const target = new URL(raw, pageUrl);
      checked++;
      if (!target.pathname.startsWith(E2E_BASE)) {
        broken.push(`${page}: ${raw} is outside the base ${E2E_BASE}`);
        continue;
      }
      const file = fileForPath(target.pathname);
      if (!file) broken.push(`${page}: ${raw} -> no such file`);
      else if (target.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${page}: ${raw} -> no element with that id`);
      }
    }
  }
  expect(checked).toBeGreaterThan(5000);
  expect(broken).toEqual([]);
});

test('external links open safely', () => {
  const unsafe: string[] = [];
  for (const page of htmlFiles(DIST)) {
    for (const a of parse(readFileSync(page, 'utf8')).querySelectorAll('a[href^="http"]')) {
      const href = a.getAttribute('href')!;
      expect(() => new URL(href), `${page}: ${href}`).not.toThrow();
      if (a.getAttribute('target') === '_blank' && !/noopener/.test(a.getAttribute('rel') ?? '')) unsafe.push(`${page}: ${href}`);
    }
  }
  expect(unsafe).toEqual([]);
});
