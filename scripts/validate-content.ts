// npm run validate (also the first step of npm run build): every content problem, one line
// each with file, line, field and fix; exit 1 if there is any. Never a stack trace.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { formatProblem, validateContent, type ContentProblem } from '../src/lib/content/validate-content.ts';
import { findUnsafeMarkdown, mayHoldMdxSyntax, type MarkdownNode, type UnsafeMarkdown } from '../src/lib/markdown/markdown-safety.ts';
import { readContentFiles } from '../src/lib/content/content-files.ts';

const root = process.argv[2] ?? '.';
const started = performance.now();
const input = readContentFiles(root);
const { problems, warnings, bodies } = validateContent(input);
// Warnings go to stdout: they do not stop the build.
for (const warning of warnings) console.log(`warning: ${formatProblem(warning)}`);

// MDX syntax (a hand edit can leave an unclosed tag or a stray brace), then content safety:
// anything that is not plain Markdown (code, expressions, JSX, HTML, script links) is refused.
// Parsing is enough for both: MDX syntax errors come from the parser, and the build compiles
// each file anyway (a full compile here cost about as much as the rest of the check). Plain
// text, which no parse could object to, is not parsed at all (most of this step's time).
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const mdxProblems: ContentProblem[] = [];
for (const { path, body, firstLine } of bodies.filter(({ body }) => mayHoldMdxSyntax(body))) {
  try {
    const unsafe: UnsafeMarkdown[] = findUnsafeMarkdown((await parser.run(parser.parse(body))) as MarkdownNode);
    for (const problem of unsafe) {
      mdxProblems.push({
        path,
        line: problem.line === null ? null : firstLine + problem.line - 1,
        message: `not allowed in content: ${problem.found}. Fix: ${problem.fix}`,
      });
    }
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = place?.line ?? place?.start?.line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    mdxProblems.push({
      path,
      line: line ? firstLine + line - 1 : null,
      message: `MDX syntax error: ${reason} (write a literal { } < > as \\{ \\} \\< \\>, or close the tag)`,
    });
  }
}

const all = [...problems, ...mdxProblems];
const ms = Math.round(performance.now() - started);
if (all.length > 0) {
  for (const problem of all) console.error(formatProblem(problem));
  console.error(`\ncontent check: ${all.length} problem(s) in ${input.papers.length} papers and ${input.techniques.length} techniques; the build stops here.`);
  process.exit(1);
}
console.log(`content check: ${input.papers.length} papers and ${input.techniques.length} techniques are valid (${ms} ms)`);
