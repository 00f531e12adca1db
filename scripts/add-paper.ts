// npm run add -- <arXiv id or URL>
// Fetches a paper's title, abstract, authors and date from the arXiv API and writes a new
// entry, or says the paper is already there. With no network it writes nothing.
// npm run add -- --facts <file.json>
// Offline: writes editor-added papers from cited facts and appends their provenance rows.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArxivApiError, parseArxivAtom } from '../src/lib/arxiv-api.ts';
import { ArxivIdError, parseArxivId } from '../src/lib/arxiv.ts';
import { proposeLabels } from '../src/lib/classify-rules.ts';
import { codeLinkFromAbstract } from '../src/lib/code-links.ts';
import { EDITORS_PROVENANCE, readPaperSources } from '../src/lib/content-files.ts';
import { EDITORS_TSV_COLUMNS, EditorFactsError, parseEditorFacts, planEditorAdditions, type ExistingPaper } from '../src/lib/editor-facts.ts';
import { renderPaperFile } from '../src/lib/paper-file.ts';
import { formatTsv } from '../src/lib/tsv.ts';
import { normaliseTitle, uniqueSlug } from '../src/lib/titles.ts';

export type FetchText = (url: string) => Promise<string>;

export interface AddResult {
  status: 'added' | 'exists' | 'error';
  message: string;
  file?: string;
}

async function fetchWithTimeout(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

export async function addPaper(input: string, papersDir: string, fetchText: FetchText = fetchWithTimeout): Promise<AddResult> {
  let id: string;
  try {
    id = parseArxivId(input);
  } catch (error) {
    if (error instanceof ArxivIdError) return { status: 'error', message: error.message };
    throw error;
  }
  const existing = readPaperSources(papersDir);
  const same = existing.find((p) => p.data.arxivId === id);
  if (same) return { status: 'exists', message: `arXiv ${id} is already in the survey: ${papersDir}/${same.name}`, file: same.name };

  let xml: string;
  try {
    xml = await fetchText(`https://export.arxiv.org/api/query?id_list=${encodeURIComponent(id)}`);
  } catch (error) {
    return {
      status: 'error',
      message: `cannot reach the arXiv API (${(error as Error).message}); nothing was written. Run it again when the machine is online.`,
    };
  }
  let record;
  try {
    record = parseArxivAtom(xml);
  } catch (error) {
    if (error instanceof ArxivApiError) return { status: 'error', message: `${error.message}; nothing was written.` };
    throw error;
  }
  const sameTitle = existing.find((p) => normaliseTitle(String(p.data.title)) === normaliseTitle(record.title));
  if (sameTitle) {
    return {
      status: 'exists',
      message: `"${record.title}" is already in the survey without this id: ${papersDir}/${sameTitle.name} (set its arxivId to ${id})`,
      file: sameTitle.name,
    };
  }
  const slug = uniqueSlug(record.title, new Set(existing.map((p) => String(p.data.slug))));
  const labels = proposeLabels(record.title, record.abstract);
  const text = renderPaperFile(
    {
      title: record.title,
      slug,
      date: record.published,
      datePrecision: 'day',
      dateSource: 'arxiv',
      upvotes: null,
      authorCount: record.authors.length || null,
      listings: [],
      arxivId: id,
      authors: record.authors,
      // No proposal: left empty, and the build will ask for a label rather than guess one.
      primary: labels.primary,
      related: labels.related,
      gist: '',
      notes: `Added from the arXiv API (${id}); technique labels are the rules' proposal: review them.`,
      code: codeLinkFromAbstract(record.abstract),
    },
    record.abstract,
  );
  const file = `${slug}.mdx`;
  writeFileSync(join(papersDir, file), text, { flag: 'wx' });
  const review = labels.primary ? `labels proposed by the rules: ${labels.primary}; review them` : 'the rules propose no technique: set `primary` by hand';
  return { status: 'added', message: `added ${papersDir}/${file} (${review})`, file };
}

export interface AddFactsResult {
  status: 'done' | 'error';
  /** One line per problem, added paper or skipped paper. */
  messages: string[];
  added: string[];
}

function readExistingPapers(papersDir: string): ExistingPaper[] {
  return readPaperSources(papersDir).map(({ name, data }) => ({
    name,
    slug: String(data.slug ?? ''),
    title: String(data.title ?? ''),
    arxivId: typeof data.arxivId === 'string' ? data.arxivId : null,
  }));
}

/** Adds the papers of a facts file; checks everything first, so bad input writes nothing. */
export function addFromFacts(factsFile: string, papersDir: string, provenanceFile: string): AddFactsResult {
  const fail = (...messages: string[]): AddFactsResult => ({ status: 'error', messages: [...messages, 'nothing was written.'], added: [] });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(factsFile, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON (${(error as Error).message})`;
    return fail(`${factsFile}: ${reason}; give a JSON array of paper facts (see LANDMARKS-SPEC / CONTRIBUTING)`);
  }
  let facts;
  try {
    facts = parseEditorFacts(json, factsFile);
  } catch (error) {
    if (error instanceof EditorFactsError) return fail(...error.problems);
    throw error;
  }
  const header = EDITORS_TSV_COLUMNS.join('\t');
  const table = existsSync(provenanceFile) ? readFileSync(provenanceFile, 'utf8') : null;
  if (table === null || table.split(/\r?\n/)[0] !== header) {
    return fail(
      `${provenanceFile}: ${table === null ? 'is missing' : 'does not start with the expected header'}: its first line must be the columns ${EDITORS_TSV_COLUMNS.join(', ')} (tab-separated)`,
    );
  }
  const plan = planEditorAdditions(facts, readExistingPapers(papersDir), papersDir);
  for (const { name, text } of plan.writes) writeFileSync(join(papersDir, name), text, { flag: 'wx' });
  if (plan.rows.length > 0) {
    const rows = formatTsv(EDITORS_TSV_COLUMNS, plan.rows).slice(header.length + 1);
    appendFileSync(provenanceFile, (table.endsWith('\n') ? '' : '\n') + rows);
  }
  const added = plan.writes.map((w) => `added ${papersDir}/${w.name}`);
  const rows = `${plan.rows.length} provenance row(s) appended to ${provenanceFile}`;
  return { status: 'done', messages: [...added, ...plan.skipped, rows], added: plan.writes.map((w) => w.name) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args[0] === '--facts') {
    if (!args[1]) {
      console.error('add: give the facts file, e.g. npm run add -- --facts content/provenance/landmarks/themes1.json');
      process.exit(2);
    }
    const result = addFromFacts(args[1], 'content/papers', EDITORS_PROVENANCE);
    for (const line of result.messages) (result.status === 'error' ? console.error : console.log)(`add: ${line}`);
    process.exit(result.status === 'error' ? 1 : 0);
  }
  const input = args[0];
  if (!input) {
    console.error('add: give an arXiv id or URL (e.g. npm run add -- 2106.09685), or --facts <file.json>');
    process.exit(2);
  }
  const result = await addPaper(input, 'content/papers');
  (result.status === 'error' ? console.error : console.log)(`add: ${result.message}`);
  process.exit(result.status === 'error' ? 1 : 0);
}
