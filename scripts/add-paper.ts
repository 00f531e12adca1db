// npm run add -- <arXiv id or URL>
// Fetches a paper's title, abstract, authors and date from the arXiv API and writes a new
// entry, or says the paper is already there. With no network it writes nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArxivApiError, parseArxivAtom } from '../src/lib/arxiv-api.ts';
import { ArxivIdError, parseArxivId } from '../src/lib/arxiv.ts';
import { proposeLabels } from '../src/lib/classify-rules.ts';
import { readPaperSources } from '../src/lib/content-files.ts';
import { renderPaperFile } from '../src/lib/paper-file.ts';
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
    },
    record.abstract,
  );
  const file = `${slug}.mdx`;
  writeFileSync(join(papersDir, file), text, { flag: 'wx' });
  const review = labels.primary ? `labels proposed by the rules: ${labels.primary}; review them` : 'the rules propose no technique: set `primary` by hand';
  return { status: 'added', message: `added ${papersDir}/${file} (${review})`, file };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const input = process.argv[2];
  if (!input) {
    console.error('add: give an arXiv id or URL, e.g. npm run add -- 2106.09685');
    process.exit(2);
  }
  const result = await addPaper(input, 'content/papers');
  (result.status === 'error' ? console.error : console.log)(`add: ${result.message}`);
  process.exit(result.status === 'error' ? 1 : 0);
}
