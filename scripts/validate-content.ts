// npm run validate (also the first step of npm run build): every content problem, one line
// each with file, line, field and fix; exit 1 if there is any. Never a stack trace.
import { formatProblem, validateContent, type ContentProblem } from '../src/lib/content/validate-content.ts';
import { plainMarkdownProblems } from '../src/lib/markdown/plain-markdown-check.ts';
import { readContentFiles } from '../src/lib/content/content-files.ts';

const root = process.argv[2] ?? '.';
const started = performance.now();
const input = readContentFiles(root);
const { problems, warnings, bodies } = validateContent(input);
// Warnings go to stdout: they do not stop the build.
for (const warning of warnings) console.log(`warning: ${formatProblem(warning)}`);

// MDX syntax (a hand edit can leave an unclosed tag or a stray brace), then content safety:
// anything that is not plain Markdown (code, expressions, JSX, HTML, script links) is refused.
// The papers' loader runs the same check in the build (src/lib/content/markdown-glob-loader.ts).
const mdxProblems: ContentProblem[] = [];
for (const { path, body, firstLine } of bodies) {
  for (const problem of await plainMarkdownProblems(body)) {
    mdxProblems.push({ path, line: problem.line === null ? null : firstLine + problem.line - 1, message: problem.message });
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
