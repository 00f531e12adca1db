import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { escapeMdxText, unescapeMdxText } from '../../src/lib/import/mdx-text.ts';
import { parseListing } from '../../src/lib/import/listing-parser.ts';

/** The text a reader sees when MDX (with GFM, as in the site) renders `source`. */
function renderedText(source: string): string {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(source);
  return toString(tree);
}

const TRAPS = [
  'Braces {like this} and D^{2}MoE and $O(n^2)$ and \\frac{a}{b}',
  'Angles <script>alert(1)</script> and a < b > c and <br/>',
  'Entities &amp; &lt; &#x27; and *stars* and _underscores_ and `code` and ~~strike~~',
  '[not a link](javascript:alert(1)) and ![img](x.png) and a | table | row',
  '# not a heading',
  '- not a list item',
  '1. not an ordered list',
  '> not a quote',
  'Trailing backslash \\',
  'Code at https://github.com/a/Ternary_Binary_Transformer and https://x.org/QFormer{QFormer}. Done_here.',
];

describe('escapeMdxText', () => {
  it.each(TRAPS)('renders %j as exactly that text', (text) => {
    expect(renderedText(escapeMdxText(text))).toBe(text);
  });

  it('round-trips through unescapeMdxText', () => {
    for (const text of TRAPS) expect(unescapeMdxText(escapeMdxText(text))).toBe(text);
  });

  it('renders every abstract of the seed listings unchanged', () => {
    const files = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));
    const abstracts = files.flatMap((f) => parseListing(readFileSync(`content/sources/${f}`, 'utf8'), f, { captureYear: 2025 }).entries.map((e) => e.abstract));
    expect(abstracts.length).toBeGreaterThan(600);
    const altered = abstracts.filter((a) => renderedText(escapeMdxText(a)) !== a);
    expect(altered).toEqual([]);
  });
});
