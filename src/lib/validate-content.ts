// Checks the whole content folder before a build and says, for each problem, the file, the
// line where known, the field and the fix. Pure: it takes file texts and returns messages.
import type { z } from 'zod';
import { isTechniqueId, TECHNIQUE_IDS } from './taxonomy.ts';
import { PaperFileError, splitPaperFile } from './paper-file.ts';
import { paperSchema, techniqueSchema } from './schemas.ts';
import { findCrossReferences } from './cross-references.ts';
import { COPIED_RUN_WORDS, findCopiedRuns, indexAbstractRuns } from './overview-originality.ts';

export interface ContentFile {
  /** Path as shown to people, e.g. content/papers/foo.mdx */
  path: string;
  text: string;
}

export interface ContentProblem {
  path: string;
  line: number | null;
  message: string;
}

export function formatProblem({ path, line, message }: ContentProblem): string {
  return `${path}${line ? `:${line}` : ''}: ${message}`;
}

/** The 1-based line of a top-level frontmatter field, or null. */
function lineOfField(text: string, field: string): number | null {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line, i) => i > 0 && new RegExp(`^${field}\\s*:`).test(line));
  return index >= 0 ? index + 1 : null;
}

function frontmatterLineCount(text: string): number {
  const lines = text.split(/\r?\n/);
  return lines.indexOf('---', 1) + 1;
}

function describeIssue(issue: z.core.$ZodIssue, knownFields: readonly string[]): { field: string; message: string } {
  const field = issue.path.map(String).join('.') || '(frontmatter)';
  if (issue.code === 'unrecognized_keys') {
    return {
      field: issue.keys.join(', '),
      message: `is not a known field (check the spelling; known fields: ${knownFields.join(', ')})`,
    };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { field, message: `is missing: add \`${field}:\` to the frontmatter (${issue.message})` };
  }
  return { field, message: issue.message };
}

function checkFrontmatter<S extends z.ZodType>(
  file: ContentFile,
  schema: S,
  knownFields: readonly string[],
  problems: ContentProblem[],
): { data: z.infer<S>; body: string; bodyLine: number } | null {
  let parts;
  try {
    parts = splitPaperFile(file.text);
  } catch (error) {
    if (!(error instanceof PaperFileError)) throw error;
    const line = /^line (\d+): /.exec(error.message);
    problems.push({ path: file.path, line: line ? Number(line[1]) : null, message: line ? error.message.slice(line[0].length) : error.message });
    return null;
  }
  const result = schema.safeParse(parts.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { field, message } = describeIssue(issue, knownFields);
      const topField = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
      problems.push({ path: file.path, line: lineOfField(file.text, topField), message: `field \`${field}\`: ${message}` });
    }
    return null;
  }
  return { data: result.data, body: parts.body, bodyLine: frontmatterLineCount(file.text) + 1 };
}

const MIN_OVERVIEW_WORDS = 200;
const MIN_OVERVIEW_CITATIONS = 5;

/** Words a reader sees: link targets and Markdown markers are not words. */
export function overviewWordCount(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_[\]]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Names are stored "First Last", one per item: a comma means "Last, First" or two names in one. */
function checkAuthors(
  file: ContentFile,
  paper: { authors: string[]; authorCount: number | null },
  problems: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const line = lineOfField(file.text, 'authors');
  for (const name of paper.authors.filter((n) => n.includes(','))) {
    const [last, first] = name.split(',').map((part) => part.trim());
    const fix = first && last ? `write it as "${first} ${last}"` : 'write one name per item, as "First Last"';
    problems.push({ path: file.path, line, message: `field \`authors\`: "${name}" has a comma (${fix}; keep the paper's order)` });
  }
  if (paper.authors.length > 0 && paper.authorCount !== null && paper.authorCount !== paper.authors.length) {
    warnings.push({
      path: file.path,
      line: lineOfField(file.text, 'authorCount'),
      message: `field \`authorCount\`: the listing counted ${paper.authorCount} authors, \`authors\` names ${paper.authors.length} (check which version of the paper the list follows and say so in the provenance evidence)`,
    });
  }
}

export interface ContentInput {
  papers: ContentFile[];
  techniques: ContentFile[];
}

export interface ValidatedContent {
  problems: ContentProblem[];
  /** Worth a look but not wrong in itself (shown, the build goes on). */
  warnings: ContentProblem[];
  /** Bodies that passed the frontmatter checks, for the MDX syntax check. */
  bodies: { path: string; body: string; firstLine: number }[];
}

export function validateContent({ papers, techniques }: ContentInput): ValidatedContent {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const bodies: ValidatedContent['bodies'] = [];
  const slugOwners = new Map<string, string>();
  const paperFields = Object.keys(paperSchema.shape ?? {});
  const abstracts: { source: string; text: string }[] = [];

  for (const file of papers) {
    const checked = checkFrontmatter(file, paperSchema, paperFields, problems);
    if (!checked) continue;
    bodies.push({ path: file.path, body: checked.body, firstLine: checked.bodyLine });
    checkAuthors(file, checked.data, problems, warnings);
    abstracts.push({ source: file.path, text: checked.body });
    const owner = slugOwners.get(checked.data.slug);
    if (owner) {
      problems.push({
        path: file.path,
        line: lineOfField(file.text, 'slug'),
        message: `field \`slug\`: '${checked.data.slug}' is already the slug of ${owner} (slugs are URLs and must be unique: give this paper another one)`,
      });
    } else slugOwners.set(checked.data.slug, file.path);
  }

  const abstractRuns = indexAbstractRuns(abstracts);
  const techniqueFields = Object.keys(techniqueSchema.shape);
  const seenTechniques = new Set<string>();
  for (const file of techniques) {
    const id = file.path
      .split('/')
      .pop()!
      .replace(/\.mdx$/, '');
    if (!isTechniqueId(id)) {
      problems.push({
        path: file.path,
        line: null,
        message: `file name: '${id}' is not a technique id (rename the file to one of: ${TECHNIQUE_IDS.join(', ')})`,
      });
      continue;
    }
    seenTechniques.add(id);
    const checked = checkFrontmatter(file, techniqueSchema, techniqueFields, problems);
    if (!checked) continue;
    bodies.push({ path: file.path, body: checked.body, firstLine: checked.bodyLine });
    const refs = findCrossReferences(checked.body);
    const cited = new Set(refs.filter((r) => r.kind === 'paper').map((r) => r.target));
    const words = overviewWordCount(checked.body);
    if (words < MIN_OVERVIEW_WORDS || cited.size < MIN_OVERVIEW_CITATIONS) {
      problems.push({
        path: file.path,
        line: null,
        message: `overview: ${words} words and ${cited.size} paper cross-reference${cited.size === 1 ? '' : 's'}; write at least ${MIN_OVERVIEW_WORDS} words citing at least ${MIN_OVERVIEW_CITATIONS} papers as [name](paper:<slug>)`,
      });
    }
    for (const copied of findCopiedRuns(checked.body, abstractRuns)) {
      problems.push({
        path: file.path,
        line: checked.bodyLine + copied.line - 1,
        message: `overview: "${copied.words}" repeats ${COPIED_RUN_WORDS} words of the abstract in ${copied.source}; say it in our own words (abstracts are quoted only on paper pages)`,
      });
    }
    for (const ref of refs) {
      const line = checked.bodyLine + ref.line - 1;
      if (ref.kind === 'paper' && !slugOwners.has(ref.target)) {
        problems.push({
          path: file.path,
          line,
          message: `cross-reference \`paper:${ref.target}\`: no paper has this slug (use the slug field of a file in content/papers/)`,
        });
      }
      if (ref.kind === 'technique' && !isTechniqueId(ref.target)) {
        problems.push({
          path: file.path,
          line,
          message: `cross-reference \`technique:${ref.target}\`: no such technique (use one of: ${TECHNIQUE_IDS.join(', ')})`,
        });
      }
    }
  }
  if (techniques.length > 0) {
    for (const id of TECHNIQUE_IDS) {
      if (!seenTechniques.has(id))
        problems.push({
          path: `content/techniques/${id}.mdx`,
          line: null,
          message: 'is missing: every technique id needs its page (add the file with name, theme, summary, aliases, related and an overview)',
        });
    }
  }
  return { problems, warnings, bodies };
}
