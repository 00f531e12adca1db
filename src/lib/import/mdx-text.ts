// Turns plain text (an abstract as captured) into MDX that renders as exactly that text.

/**
 * Characters that MDX or Markdown would read as syntax anywhere in a line: JSX braces and
 * tags, emphasis, code, links, escapes, entities (&amp;), GFM strikethrough and tables.
 * CommonMark lets any ASCII punctuation be backslash-escaped, so escaping is always safe.
 */
const INLINE_SYNTAX = /[\\`*_{}[\]<>&~|]/g;
/** Markers that only matter at the start of a line: headings, quotes, lists, breaks. */
const LINE_START_SYNTAX = /^(\s*)([#>+=-]|\d+[.)])/;

/**
 * A bare URL as GFM's autolink literal reads it. Inside one, backslashes are kept as URL
 * characters rather than escapes, so a URL is written as it is, not escaped.
 */
const URL_LITERAL = /(?:https?:\/\/|www\.)[^\s<]*/g;

/** Applies `change` to the text between bare URLs, leaving the URLs as they are. */
function outsideUrls(text: string, change: (part: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_LITERAL)) {
    out += change(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + change(text.slice(last));
}

const escapePunctuation = (part: string) => part.replace(INLINE_SYNTAX, (char) => `\\${char}`);
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

export function escapeMdxText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      outsideUrls(line, escapePunctuation).replace(
        LINE_START_SYNTAX,
        (_match, indent: string, marker: string) => `${indent}${marker.replace(/([#>+=-]|[.)])$/, '\\$1')}`,
      ),
    )
    .join('\n');
}

/** Inverse of escapeMdxText for text it produced: drops the backslash before punctuation. */
export function unescapeMdxText(mdx: string): string {
  return outsideUrls(mdx, (part) => part.replace(ESCAPED, '$1'));
}
