// Checks the whole content folder before a build and says, for each problem, the file, the
// line where known, the field and the fix. Pure: it takes file texts and returns messages.
import type { z } from 'zod';
import { isTechniqueId, TECHNIQUE_IDS } from './taxonomy.ts';
import { PaperFileError, splitPaperFile } from './paper-file.ts';
import { paperSchema, techniqueSchema, type Paper } from './schemas.ts';
import { findCrossReferences } from './cross-references.ts';
import { findCycle, isNotAfter } from './lineage.ts';
import { unescapeMdxText } from '../import/mdx-text.ts';
import { COPIED_RUN_WORDS, findCopiedRuns, indexAbstractRuns } from './overview-originality.ts';
import { checkEditorProvenance, type CheckedPaper } from '../import/editor-provenance.ts';

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

/** The 1-based line of a reading-path step naming `slug`, or of the startHere field itself. */
function lineOfStep(text: string, slug: string): number | null {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*paper\\s*:\\s*["']?${slug}["']?\\s*$`).test(line));
  return index >= 0 ? index + 1 : lineOfField(text, 'startHere');
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

/** The buildsOn edges must tell a true history: a known earlier paper, evidence in the
 * abstract's own words, and no paper descending from itself. */
function checkLineage(papers: readonly { file: ContentFile; data: Paper; body: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(papers.map((p) => [p.data.slug, p]));
  for (const { file, data, body } of papers) {
    const line = lineOfField(file.text, 'buildsOn');
    if (data.buildsOn.length === 0) continue;
    const abstract = unescapeMdxText(body).replace(/\s+/g, ' ');
    data.buildsOn.forEach((edge, i) => {
      const field = `field \`buildsOn.${i}.paper\``;
      const target = bySlug.get(edge.paper);
      if (!target) {
        problems.push({ path: file.path, line, message: `${field}: no paper has the slug '${edge.paper}' (use the slug field of a file in content/papers/)` });
      } else if (edge.paper === data.slug) {
        problems.push({ path: file.path, line, message: `${field}: a paper cannot build on itself (remove this entry)` });
      } else if (!isNotAfter(target.data, data)) {
        problems.push({
          path: file.path,
          line,
          message: `${field}: '${edge.paper}' is dated ${target.data.date}, after this paper (${data.date}); a paper builds only on earlier ones (swap the edge into that paper's buildsOn, or fix a date)`,
        });
      }
      if (edge.evidence !== 'title names it' && !abstract.includes(edge.evidence.replace(/\s+/g, ' '))) {
        problems.push({
          path: file.path,
          line,
          message: `field \`buildsOn.${i}.evidence\`: "${edge.evidence}" is not in this paper's abstract (quote a phrase of it exactly, or write 'title names it')`,
        });
      }
    });
  }
  const cycle = findCycle(
    papers.flatMap((p) => p.data.buildsOn.filter((e) => bySlug.has(e.paper) && e.paper !== p.data.slug).map((e) => ({ from: p.data.slug, to: e.paper }))),
  );
  if (cycle) {
    const first = bySlug.get(cycle[0]!)!;
    problems.push({
      path: first.file.path,
      line: lineOfField(first.file.text, 'buildsOn'),
      message: `field \`buildsOn\`: the lineage goes round in a cycle (${cycle.join(' -> ')}); remove the edge that points from an earlier paper to a later one`,
    });
  }
  return problems;
}

export interface ContentInput {
  papers: ContentFile[];
  techniques: ContentFile[];
  /** content/provenance/editors.tsv, where editor-added papers cite their facts; absent: no rows. */
  editorsProvenance?: ContentFile | undefined;
}

export interface ValidatedContent {
  problems: ContentProblem[];
  /** Worth a look but not wrong in itself (shown, the build goes on). */
  warnings: ContentProblem[];
  /** Bodies that passed the frontmatter checks, for the MDX syntax check. */
  bodies: { path: string; body: string; firstLine: number }[];
}

export function validateContent({ papers, techniques, editorsProvenance }: ContentInput): ValidatedContent {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const checkedPapers: (CheckedPaper & { text: string; bodyLine: number })[] = [];
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
    checkedPapers.push({ path: file.path, data: checked.data, body: checked.body, text: file.text, bodyLine: checked.bodyLine });
    const owner = slugOwners.get(checked.data.slug);
    if (owner) {
      problems.push({
        path: file.path,
        line: lineOfField(file.text, 'slug'),
        message: `field \`slug\`: '${checked.data.slug}' is already the slug of ${owner} (slugs are URLs and must be unique: give this paper another one)`,
      });
    } else slugOwners.set(checked.data.slug, file.path);
  }

  const tablePath = editorsProvenance?.path ?? 'content/provenance/editors.tsv';
  for (const problem of checkEditorProvenance(checkedPapers, tablePath, editorsProvenance?.text ?? null)) {
    const paper = checkedPapers.find((p) => p.path === problem.path);
    const line =
      'line' in problem.where
        ? problem.where.line
        : problem.where.field === 'body'
          ? (paper?.bodyLine ?? null)
          : lineOfField(paper?.text ?? '', problem.where.field);
    problems.push({ path: problem.path, line, message: problem.message });
  }

  problems.push(...checkLineage(checkedPapers.map((p) => ({ file: { path: p.path, text: p.text }, data: p.data, body: p.body }))));
  // Only the runs the overviews could repeat are indexed (whole files: a superset of their bodies).
  const abstractRuns = indexAbstractRuns(
    abstracts,
    techniques.map((file) => file.text),
  );
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
    const startHere = checked.data.startHere ?? [];
    const seenSteps = new Set<string>();
    startHere.forEach((step, i) => {
      const line = lineOfStep(file.text, step.paper);
      if (!slugOwners.has(step.paper)) {
        problems.push({
          path: file.path,
          line,
          message: `field \`startHere.${i}.paper\`: no paper has the slug '${step.paper}' (use the slug field of a file in content/papers/)`,
        });
      }
      if (seenSteps.has(step.paper)) {
        problems.push({ path: file.path, line, message: `field \`startHere.${i}.paper\`: '${step.paper}' is listed twice (name each paper once)` });
      }
      seenSteps.add(step.paper);
    });
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
