// The content shapes of the survey, one place. Astro's content config and the
// stand-alone validator (scripts/validate-content.ts) both use these schemas.
import { z } from 'zod';
import { TECHNIQUE_IDS, THEME_IDS } from './taxonomy.ts';
import { isCanonicalGithubRepo } from './code-links.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** True for a real calendar day (YYYY-MM-DD) or month (YYYY-MM). */
export function isCalendarDate(value: string): boolean {
  const day = ISO_DAY.exec(value);
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number];
    return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  const month = ISO_MONTH.exec(value);
  return month !== null && Number(month[2]) >= 1 && Number(month[2]) <= 12;
}

export const DATE_PRECISIONS = ['day', 'month'] as const;
export const DATE_SOURCES = ['listing', 'arxiv-id', 'arxiv'] as const;

/** A hand-written unquoted 2024-11-07 reaches us as a YAML timestamp: read it as the day it names. */
function dayOfTimestamp(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

export const paperDateSchema = z.preprocess(
  dayOfTimestamp,
  z.string({ error: 'must be a date written as YYYY-MM-DD or YYYY-MM, or null when unknown' }).refine(isCalendarDate, {
    error: (issue) => `'${String(issue.input)}' is not a date (use YYYY-MM-DD or YYYY-MM, or null when unknown)`,
  }),
);

export const techniqueIdSchema = z.enum(TECHNIQUE_IDS, {
  error: (issue) =>
    issue.input === null || issue.input === undefined
      ? `is missing: every paper needs a technique id (run \`npm run classify -- --propose\` for the rules' proposal, then review it; ids: ${TECHNIQUE_IDS.join(', ')})`
      : `'${String(issue.input)}' is not a technique id (use one of: ${TECHNIQUE_IDS.join(', ')})`,
});

/** An arXiv identifier as stored: new style 2106.09685 or old style cs/0501001, no version. */
export const arxivIdSchema = z
  .string({ error: 'must be an arXiv id as a string, e.g. 2106.09685' })
  .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, 'must be an arXiv id without version, e.g. 2106.09685 or cs/0501001');

/** Where an entry comes from: a listing capture (the import), or the editors from cited sources. */
export const PAPER_ORIGINS = ['listing', 'editors'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A code repository and where that fact comes from: the paper's abstract, or a source URL
 * (with a row in content/provenance saying what the source showed). */
export const codeLinkSchema = z.strictObject({
  url: z.string().refine(isCanonicalGithubRepo, {
    error: (issue) => `'${String(issue.input)}' is not a repository address: write it as https://github.com/owner/name (no trailing slash, .git or /tree/...)`,
  }),
  source: z.union([z.literal('abstract'), z.url({ error: "must be 'abstract' or the URL of the source that names the repository" })], {
    error: "must be 'abstract' or the URL of the source that names the repository",
  }),
});

/** An earlier paper of the collection this one explicitly extends, and the words that say so. */
export const buildsOnSchema = z.strictObject({
  paper: z.string({ error: 'is required: the slug of the earlier paper' }).regex(SLUG, 'must be the slug of a paper in content/papers/'),
  evidence: z
    .string({ error: "is required: 'title names it' or a phrase quoted from this paper's abstract that names the earlier paper" })
    .trim()
    .min(1, "is empty: write 'title names it' or quote the phrase of the abstract that names the earlier paper"),
});

export type BuildsOn = z.infer<typeof buildsOnSchema>;

export const paperSchema = z
  .strictObject({
    title: z.string({ error: 'is required: the paper title as a string' }).trim().min(1, 'is empty: give the paper title'),
    slug: z
      .string({ error: 'is required: a lower-case URL segment such as my-paper-title' })
      .regex(SLUG, 'must be lower-case letters, digits and single hyphens, e.g. my-paper-title'),
    // Absent in files the import wrote: those are listing captures.
    origin: z
      .enum(PAPER_ORIGINS, { error: "must be 'listing' or 'editors' (editors: added from cited sources, see content/provenance/editors.tsv)" })
      .default('listing'),
    date: paperDateSchema.nullable(),
    datePrecision: z.enum(DATE_PRECISIONS, { error: "must be 'day', 'month' or null" }).nullable(),
    dateSource: z.enum(DATE_SOURCES, { error: "must be 'listing', 'arxiv-id', 'arxiv' or null" }).nullable(),
    upvotes: z.number().int().nonnegative().nullable(),
    authorCount: z.number().int().positive().nullable(),
    listings: z.array(z.string().regex(/\.txt$/, 'must name a listing file in content/sources/, e.g. 000_096b4051f1ab0c68.txt')),
    arxivId: arxivIdSchema.nullable(),
    authors: z.array(z.string().min(1)),
    primary: techniqueIdSchema,
    related: z.array(techniqueIdSchema).max(3, 'holds at most three technique ids'),
    gist: z.string(),
    notes: z.string(),
    // Later fields, optional so files written before them stay valid.
    code: codeLinkSchema.nullable().default(null),
    buildsOn: z.array(buildsOnSchema).default([]),
  })
  .superRefine((paper, ctx) => {
    if ((paper.date === null) !== (paper.datePrecision === null) || (paper.date === null) !== (paper.dateSource === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['datePrecision'],
        message: 'date, datePrecision and dateSource must all be set or all be null',
      });
    }
    if (paper.date && paper.datePrecision) {
      const expected = paper.datePrecision === 'day' ? 10 : 7;
      if (paper.date.length !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['datePrecision'],
          message: `is '${paper.datePrecision}' but date '${paper.date}' is written with ${paper.date.length === 10 ? 'a day' : 'a month'}: make them agree`,
        });
      }
    }
  });

export type Paper = z.infer<typeof paperSchema>;
/** A paper as the import writes it: not yet labelled, so the build will ask for a label;
 * `origin` is written only for editor-added papers (absent means listing). */
export type PaperDraft = Omit<Paper, 'primary' | 'origin' | 'code' | 'buildsOn'> & {
  primary: Paper['primary'] | null;
  origin?: Paper['origin'];
  code?: Paper['code'];
  buildsOn?: Paper['buildsOn'];
};

export const techniqueSchema = z.strictObject({
  name: z.string({ error: 'is required: the technique name as readers know it' }).min(1),
  theme: z.enum(THEME_IDS, { error: (issue) => `'${String(issue.input)}' is not a theme id (use one of: ${THEME_IDS.join(', ')})` }),
  summary: z
    .string({ error: 'is required: one line saying what the technique covers' })
    .min(20, 'is too short: one full line, please')
    .max(220, 'is too long: keep it to one line (220 characters)'),
  aliases: z.array(z.string().min(1)),
  related: z.array(techniqueIdSchema),
  // Optional until every technique has its reading path; then it becomes required.
  startHere: z
    .array(
      z.strictObject({
        paper: z
          .string({ error: 'is required: the slug of a paper in content/papers/' })
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a paper slug, e.g. my-paper-title'),
        why: z
          .string({ error: 'is required: one line of our own on why to read it' })
          .trim()
          .min(1, 'is empty: say in one line why to read it')
          .max(200, 'is too long: keep it to one line (200 characters)'),
      }),
      { error: 'must be a list of { paper: <slug>, why: <one line> } in reading order' },
    )
    .min(3, 'lists too few papers: give 3 to 7 in reading order')
    .max(7, 'lists too many papers: keep the 3 to 7 to read first')
    .optional(),
});

export type Technique = z.infer<typeof techniqueSchema>;
/** One step of a technique's reading path. */
export type StartHereEntry = NonNullable<Technique['startHere']>[number];
