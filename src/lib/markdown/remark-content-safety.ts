// Remark plugin: the build's own refusal of content that is not plain Markdown (see
// markdown-safety.ts), so that `astro build` cannot publish it even without `npm run validate`.
// Astro hands MDX the whole file with its frontmatter blanked out, and the papers' loader pads
// the body the same way (src/lib/content/markdown-glob-loader.ts), so lines are the file's lines.
import { findUnsafeMarkdown, formatUnsafeMarkdown, type MarkdownNode } from './markdown-safety.ts';

export class UnsafeContentError extends Error {
  override name = 'UnsafeContentError';
}

export interface ContentSafetyOptions {
  /** The project root, cut from the front of paths so messages name content/papers/x.mdx. */
  root?: string;
}

export function remarkContentSafety(options: ContentSafetyOptions) {
  const prefix = options.root ? `${options.root.replace(/\/$/, '')}/` : null;
  return (tree: MarkdownNode, file: { path?: string }) => {
    const problems = findUnsafeMarkdown(tree);
    if (problems.length === 0) return;
    const path = file.path ?? 'content';
    const shown = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    throw new UnsafeContentError(problems.map((problem) => formatUnsafeMarkdown(shown, problem)).join('\n'));
  };
}
