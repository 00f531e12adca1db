// Every paper page in dist/ shows its abstract exactly as the entry's source text: nothing
// altered (no smart quotes, no dropped braces), truncated or mis-escaped; none where it is empty.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { splitPaperFile } from '../../src/lib/paper-file.ts';
import { unescapeMdxText } from '../../src/lib/mdx-text.ts';

test('every rendered abstract equals its source text', () => {
  const files = readdirSync('content/papers').filter((f) => f.endsWith('.mdx'));
  expect(files.length).toBeGreaterThan(0);
  const mismatches: string[] = [];
  for (const file of files) {
    const { data, body } = splitPaperFile(readFileSync(`content/papers/${file}`, 'utf8'));
    const html = readFileSync(`dist/papers/${String(data.slug)}/index.html`, 'utf8');
    // An abstract no source showed whole is not quoted: the page has no quotation at all.
    const rendered = parse(html).querySelector('[data-abstract]')?.textContent.trim() ?? '';
    const source = unescapeMdxText(body).trim();
    if (rendered !== source) mismatches.push(`${file}\n  source:   ${source.slice(0, 200)}\n  rendered: ${rendered?.slice(0, 200)}`);
  }
  expect(mismatches).toEqual([]);
});
