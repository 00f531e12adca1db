// Turns plain text (an abstract as captured) into MDX that renders as exactly that text.

/**
 * Characters that MDX or Markdown would read as syntax anywhere in a line: JSX braces and
 * tags, emphasis, code, links, escapes, entities (&amp;), GFM strikethrough and tables.
 * CommonMark lets any ASCII punctuation be backslash-escaped, so escaping is always safe.
 */
const INLINE_SYNTAX = /[\\`*_{}[\]<>&~|]/g;
/** Markers that only matter at the start of a line: headings, quotes, lists, breaks. */
const LINE_START_SYNTAX = /^(\s*)([#>+=-]|\d+[.)])/;

export function escapeMdxText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SYNTAX, (char) => `\\${char}`)
        .replace(LINE_START_SYNTAX, (_match, indent: string, marker: string) => `${indent}${marker.replace(/([#>+=-]|[.)])$/, '\\$1')}`),
    )
    .join('\n');
}

/** Inverse of escapeMdxText for text it produced: drops the backslash before punctuation. */
export function unescapeMdxText(mdx: string): string {
  return mdx.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
