// Papers the editors add from cited sources (a facts file, see LANDMARKS-SPEC / CONTRIBUTING):
// checks a facts file and turns each entry into a paper file plus its provenance rows. Pure.
import { z } from 'zod';
import { renderPaperFile } from './paper-file.ts';
import { arxivIdSchema, isCalendarDate, paperDateSchema, techniqueIdSchema, type PaperDraft } from './schemas.ts';
import { normaliseTitle, uniqueSlug } from './titles.ts';
import { codeLinkFromAbstract } from './code-links.ts';

/** The facts every editor-added paper cites; `abstract` only when the abstract is recorded. */
export const CITED_FACTS = ['arxivId', 'title', 'date', 'authors', 'abstract'] as const;
export type CitedFact = (typeof CITED_FACTS)[number];

/** Columns of content/provenance/editors.tsv, in file order. */
export const EDITORS_TSV_COLUMNS = ['slug', 'fact', 'value', 'source_url', 'tool', 'query', 'evidence', 'looked_up'] as const;
export type EditorsProvenanceRow = Record<(typeof EDITORS_TSV_COLUMNS)[number], string>;

const MAX_GIST = 160;

const factSourceSchema = z.strictObject({
  fact: z.enum(CITED_FACTS, { error: `must name one fact: ${CITED_FACTS.join(', ')}` }),
  url: z.url({
    protocol: /^https?$/,
    error: 'must be the http(s) address of the page you read (for a GitHub file: https://github.com/<owner>/<repo>/blob/<commit>/<path>)',
  }),
  tool: z.string({ error: 'is required: the tool you read it with, e.g. search/pages or read_file' }).trim().min(1, 'is empty: name the tool'),
  query: z.string({ error: 'is required: the query or path you looked up (may be empty)' }),
  evidence: z.string({ error: 'is required: a short quote of what the page shows' }).trim().min(1, 'is empty: quote what the page shows for this fact'),
  looked_up: z.string({ error: 'is required: the day you read the page, YYYY-MM-DD' }).refine((d) => d.length === 10 && isCalendarDate(d), {
    error: (issue) => `'${String(issue.input)}' is not a day (use YYYY-MM-DD)`,
  }),
});

export const editorFactSchema = z
  .strictObject({
    arxivId: arxivIdSchema,
    title: z.string({ error: 'is required: the title as the paper shows it' }).trim().min(1, 'is empty: give the title'),
    date: paperDateSchema,
    authors: z
      .array(z.string().trim().min(1, 'is an empty name'), { error: 'is required: the authors in paper order, "Given Family"' })
      .min(1, 'is empty: list the authors in paper order'),
    abstract: z
      .string({ error: 'must be the whole abstract as a string, or null when no source shows it whole' })
      .trim()
      .min(1, 'is empty: quote the whole abstract, or write null')
      .nullable(),
    primary: techniqueIdSchema,
    related: z.array(techniqueIdSchema).max(3, 'holds at most three technique ids'),
    gist: z
      .string({ error: 'is required: one line in our own words' })
      .trim()
      .min(1, 'is empty: write one line in our own words')
      .max(MAX_GIST, `is too long: keep it to one line (${MAX_GIST} characters)`),
    sources: z.array(factSourceSchema, { error: 'is required: one row per fact (arxivId, title, date, authors, abstract)' }),
  })
  .superRefine((fact, ctx) => {
    const cited = new Set(fact.sources.map((s) => s.fact));
    for (const name of CITED_FACTS) {
      const needed = name !== 'abstract' || fact.abstract !== null;
      if (needed && !cited.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `has no row for fact \`${name}\`: add { "fact": "${name}", "url": ..., "tool": ..., "query": ..., "evidence": ..., "looked_up": ... } citing the page that shows it`,
        });
      }
    }
    if (fact.abstract === null && cited.has('abstract')) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'cites a source for the abstract but `abstract` is null: quote the whole abstract from that source, or drop the row',
      });
    }
    if (fact.related.includes(fact.primary)) {
      ctx.addIssue({ code: 'custom', path: ['related'], message: `repeats the primary technique '${fact.primary}': list only other techniques` });
    }
  });

export const editorFactsFileSchema = z.array(editorFactSchema, { error: 'must be a JSON array with one object per paper' });

export type EditorFact = z.infer<typeof editorFactSchema>;

export class EditorFactsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** Checks a parsed facts file; every problem names file, entry (index and title), field and fix. */
export function parseEditorFacts(json: unknown, file: string): EditorFact[] {
  const result = editorFactsFileSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const [index, ...path] = issue.path;
    if (typeof index !== 'number') return `${file}: ${issue.message}`;
    const entry = Array.isArray(json) ? (json[index] as { title?: unknown } | undefined) : undefined;
    const title = typeof entry?.title === 'string' ? ` "${entry.title}"` : '';
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : path.map(String).join('.') || '(entry)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `is not a known field (known: ${Object.keys(editorFactSchema.shape).join(', ')})`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? `is missing (${issue.message})`
          : issue.message;
    return `${file}: entry [${index}]${title}: field \`${field}\`: ${message}`;
  });
  throw new EditorFactsError(problems);
}

/** The frontmatter of an editor-added paper: what the cited sources show, nothing guessed. */
export function editorPaperDraft(fact: EditorFact, slug: string): PaperDraft {
  return {
    title: fact.title,
    slug,
    origin: 'editors',
    date: fact.date,
    datePrecision: fact.date.length === 10 ? 'day' : 'month',
    dateSource: 'arxiv',
    upvotes: null,
    authorCount: fact.authors.length,
    listings: [],
    arxivId: fact.arxivId,
    authors: fact.authors,
    primary: fact.primary,
    related: fact.related,
    gist: fact.gist,
    notes: '',
    // The abstract is a cited fact, so a repository it names is one too (source: the abstract).
    code: fact.abstract ? codeLinkFromAbstract(fact.abstract) : null,
  };
}

/** The value a provenance row records for a fact, as the validator compares it with the entry. */
export function citedValue(
  fact: CitedFact,
  paper: { arxivId: string | null; title: string; date: string | null; authors: readonly string[] },
  abstract: string,
): string {
  switch (fact) {
    case 'arxivId':
      return paper.arxivId ?? '';
    case 'title':
      return paper.title;
    case 'date':
      return paper.date ?? '';
    case 'authors':
      return paper.authors.join('; ');
    case 'abstract':
      return abstract.replace(/\s+/g, ' ').trim();
  }
}

export function provenanceRows(fact: EditorFact, slug: string): EditorsProvenanceRow[] {
  return fact.sources.map((source) => ({
    slug,
    fact: source.fact,
    value: citedValue(source.fact, fact, fact.abstract ?? ''),
    source_url: source.url,
    tool: source.tool,
    query: source.query,
    evidence: source.evidence,
    looked_up: source.looked_up,
  }));
}

export interface ExistingPaper {
  /** File name in the papers folder. */
  name: string;
  slug: string;
  title: string;
  arxivId: string | null;
}

export interface EditorAdditions {
  writes: { name: string; text: string }[];
  rows: EditorsProvenanceRow[];
  /** One line per entry that was already in the survey (or earlier in the same file). */
  skipped: string[];
}

/** What adding the facts would write; entries already present (by id or title) are skipped. */
export function planEditorAdditions(facts: readonly EditorFact[], existing: readonly ExistingPaper[], papersDir: string): EditorAdditions {
  const byId = new Map(existing.filter((p) => p.arxivId).map((p) => [p.arxivId!, p.name]));
  const byTitle = new Map(existing.map((p) => [normaliseTitle(p.title), p.name]));
  // A file name taken by another slug is taken too: a new file never replaces one.
  const slugs = new Set(existing.flatMap((p) => [p.slug, p.name.replace(/\.mdx$/, '')]));
  const plan: EditorAdditions = { writes: [], rows: [], skipped: [] };
  for (const fact of facts) {
    const same = byId.get(fact.arxivId) ?? byTitle.get(normaliseTitle(fact.title));
    if (same) {
      plan.skipped.push(`skipped "${fact.title}" (arXiv ${fact.arxivId}): already in the survey as ${papersDir}/${same}`);
      continue;
    }
    const slug = uniqueSlug(fact.title, slugs);
    const name = `${slug}.mdx`;
    slugs.add(slug);
    byId.set(fact.arxivId, name);
    byTitle.set(normaliseTitle(fact.title), name);
    plan.writes.push({ name, text: renderPaperFile(editorPaperDraft(fact, slug), fact.abstract ?? '') });
    plan.rows.push(...provenanceRows(fact, slug));
  }
  return plan;
}
