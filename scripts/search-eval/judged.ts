// The judged query set (tests/search/queries.json): each query, its class and its relevant
// papers by slug, graded 2 (the defining paper) or 1 (also relevant).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const QUERY_CLASSES = ['known-item', 'topic', 'question', 'author', 'misspelling'] as const;

export const QUERIES_FILE = 'tests/search/queries.json';

const judgedQuerySchema = z.object({
  id: z.string().regex(/^q\d{3}$/, 'ids look like q001'),
  class: z.enum(QUERY_CLASSES),
  q: z.string().min(1),
  relevant: z.record(z.string(), z.union([z.literal(1), z.literal(2)])).refine((r) => Object.values(r).includes(2), 'needs one defining paper (grade 2)'),
});
export type JudgedQuery = z.infer<typeof judgedQuerySchema>;

/** The held-out third, fixed by id so it never moves: every id whose number divides by 3. */
export const isHeldOut = (query: Pick<JudgedQuery, 'id'>): boolean => Number(query.id.slice(1)) % 3 === 0;

/** Parses the file; every problem is named with the query id and the fix. */
export function parseJudgedQueries(json: unknown, paperSlugs: Set<string>): JudgedQuery[] {
  const parsed = z.object({ queries: z.array(judgedQuerySchema) }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${QUERIES_FILE}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const query of parsed.data.queries) {
    if (seen.has(query.id)) throw new Error(`${QUERIES_FILE}: ${query.id} is used twice; give each query its own id`);
    seen.add(query.id);
    for (const slug of Object.keys(query.relevant)) {
      if (!paperSlugs.has(slug)) throw new Error(`${QUERIES_FILE}: ${query.id} ("${query.q}") names "${slug}", which is no paper slug; fix or drop it`);
    }
  }
  return parsed.data.queries;
}

export function readJudgedQueries(paperSlugs: Set<string>, file = QUERIES_FILE): JudgedQuery[] {
  return parseJudgedQueries(JSON.parse(readFileSync(file, 'utf8')), paperSlugs);
}
