// Whether a body is plain Markdown as the MDX parser reads it: no MDX syntax error, and nothing
// findUnsafeMarkdown refuses (code, expressions, JSX, HTML, script links). Shared by the
// validator and by the papers' loader, so both refuse the same things in the same words.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { findUnsafeMarkdown, mayHoldMdxSyntax, unsafeMarkdownMessage, type MarkdownNode } from './markdown-safety.ts';

export interface BodyProblem {
  /** 1-based line within the body, or null when the parser gives none. */
  line: number | null;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The problems of `body`; plain text, which no parse could object to, is not parsed at all. */
export async function plainMarkdownProblems(body: string): Promise<BodyProblem[]> {
  if (!mayHoldMdxSyntax(body)) return [];
  try {
    const tree = (await parser.run(parser.parse(body))) as MarkdownNode;
    return findUnsafeMarkdown(tree).map((problem) => ({ line: problem.line, message: unsafeMarkdownMessage(problem) }));
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return [
      {
        line: place?.line ?? place?.start?.line ?? null,
        message: `MDX syntax error: ${reason} (write a literal { } < > as \\{ \\} \\< \\>, or close the tag)`,
      },
    ];
  }
}
