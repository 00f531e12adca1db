// Content is data: a paper or overview file may hold plain Markdown (GFM) and nothing that runs
// code or puts markup in a page. This finds every such node in a parsed MDX tree, so that the
// validator and the build (remark-content-safety.ts) refuse the same things with the same words.

/** The parts of an mdast/MDX node this check reads. */
export interface MarkdownNode {
  type: string;
  name?: string | null | undefined;
  value?: string | undefined;
  url?: string | undefined;
  position?: { start?: { line?: number | undefined } | undefined } | undefined;
  children?: MarkdownNode[] | undefined;
}

export interface UnsafeMarkdown {
  /** 1-based line within the parsed text, or null when the node has no position. */
  line: number | null;
  found: string;
  fix: string;
}

/** Link targets a reader's browser may follow: the web, mail, and our own cross-references. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto', 'paper', 'technique'] as const;

const MARKUP_FIX = 'content files are Markdown data: write a literal < or > as \\< \\> and use Markdown, not HTML or JSX, for formatting';
const EXPRESSION_FIX = 'content files cannot run code: write a literal { or } as \\{ \\}';
const ESM_FIX = 'content files cannot import or export code: remove the line (write a literal word "import" or "export" inside a sentence)';
const LINK_FIX = `links may point only to ${ALLOWED_LINK_SCHEMES.map((s) => `${s}:`).join(', ')} (e.g. [name](paper:<slug>) or [name](https://…))`;

function snippet(text: string | undefined): string {
  const oneLine = (text ?? '').replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

function describeElement(name: string | null | undefined): string {
  if (!name) return 'a JSX fragment <>…</>';
  if (name === 'script' || name === 'iframe' || name === 'object' || name === 'embed' || name === 'style') return `an HTML <${name}> element`;
  return /^[a-z]/.test(name) ? `raw HTML <${name}>` : `a JSX component <${name}>`;
}

/**
 * The scheme of a link target as a browser reads it: browsers drop ASCII whitespace and control
 * characters inside a URL, so "java\tscript:" is still javascript:. Null for a relative URL.
 */
export function linkScheme(url: string): string | null {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase() ?? null;
}

function isAllowedLink(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme !== null && (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme);
}

function describeNode(node: MarkdownNode): { found: string; fix: string } | null {
  switch (node.type) {
    case 'mdxjsEsm':
      return { found: `an ESM import/export "${snippet(node.value)}"`, fix: ESM_FIX };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { found: `an expression {${snippet(node.value)}}`, fix: EXPRESSION_FIX };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return { found: describeElement(node.name), fix: MARKUP_FIX };
    case 'html':
      return { found: `raw HTML "${snippet(node.value)}"`, fix: MARKUP_FIX };
    case 'link':
    case 'image':
    case 'definition':
      return isAllowedLink(node.url ?? '') ? null : { found: `a ${node.type === 'image' ? 'image' : 'link'} to "${snippet(node.url)}"`, fix: LINK_FIX };
    default:
      return null;
  }
}

/** Whether `body` could hold anything this check (or the MDX parser) objects to: ESM needs a
 * line starting with import/export, expressions a brace, JSX and HTML an angle bracket, a link
 * with a scheme `](` or a definition `]:`; GFM's bare-URL autolinks are http(s), www or mailto
 * only. A body with none of these is plain text, and the validator skips parsing it (on a
 * real or synthetic collection about 5% of abstracts need the parse). */
export function mayHoldMdxSyntax(body: string): boolean {
  return /[{}<>]|\]\(|\]:|^[ \t]*(?:import|export)\b/m.test(body);
}

/**
 * Every node of `tree` that is not plain Markdown. Nodes without a position were added by a
 * plugin of the pipeline, not written in the file, and are not the content's doing.
 */
export function findUnsafeMarkdown(tree: MarkdownNode): UnsafeMarkdown[] {
  const found: UnsafeMarkdown[] = [];
  const visit = (node: MarkdownNode) => {
    const problem = node.position ? describeNode(node) : null;
    if (problem) found.push({ line: node.position?.start?.line ?? null, ...problem });
    // The children of refused markup are reported with it, not one by one.
    if (!problem) for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** What was found and how to fix it, without the place: "not allowed in content: …. Fix: …". */
export function unsafeMarkdownMessage(problem: UnsafeMarkdown): string {
  return `not allowed in content: ${problem.found}. Fix: ${problem.fix}`;
}

/** One line a contributor can act on: "content/papers/x.mdx:12: found …; fix". */
export function formatUnsafeMarkdown(path: string, problem: UnsafeMarkdown, firstLine = 1): string {
  const line = problem.line === null ? '' : `:${firstLine + problem.line - 1}`;
  return `${path}${line}: ${unsafeMarkdownMessage(problem)}`;
}
