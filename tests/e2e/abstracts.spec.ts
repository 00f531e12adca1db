// Every paper page in dist/ shows its abstract exactly as the entry's source text: nothing
// altered (no smart quotes, no dropped braces), truncated or mis-escaped; none where it is empty.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { unescapeMdxText } from '../../src/lib/import/mdx-text.ts';
import { contentPapers } from '../content.ts';

test('every rendered abstract equals its source text', () => {
  // One page per paper file, and no page without one (old addresses that redirect aside).
  const redirects = Object.keys(JSON.parse(readFileSync('content/redirects.json', 'utf8')) as Record<string, string>);
  // page/ and chunk/ hold the all-papers table split into pages, not papers.
  const pages = readdirSync('dist/papers', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !redirects.includes(`/papers/${entry.name}/`) && !['page', 'chunk'].includes(entry.name))
    .map((entry) => entry.name);
  expect(pages.sort()).toEqual(contentPapers.map((p) => p.slug).sort());
  const mismatches: string[] = [];
  for (const { file, slug, body } of contentPapers) {
    const html = readFileSync(`dist/papers/${slug}/index.html`, 'utf8');
    // An abstract no source showed whole is not quoted: the page has no quotation at all.
    // Paragraphs render as <p> elements; the source separates them with a blank line.
    const quote = parse(html).querySelector('[data-abstract]');
    const paragraphs = quote?.querySelectorAll(':scope > p') ?? [];
    const rendered = paragraphs.length > 0 ? paragraphs.map((p) => p.textContent.trim()).join('\n\n') : (quote?.textContent.trim() ?? '');
    const source = unescapeMdxText(body).trim();
    if (rendered !== source) mismatches.push(`${file}\n  source:   ${source.slice(0, 200)}\n  rendered: ${rendered?.slice(0, 200)}`);
  }
  expect(mismatches).toEqual([]);
});
