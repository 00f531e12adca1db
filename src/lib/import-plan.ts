// Decides what an import writes: new entries for new papers, and for known papers only the
// listing facts they lack. Curated fields and hand-edited text are never overwritten.
import type { Conflict, ListingPaper } from './merge-listings.ts';
import { unescapeMdxText } from './mdx-text.ts';
import { renderPaperFile, splitPaperFile, updatePaperFile } from './paper-file.ts';
import type { Paper, PaperDraft } from './schemas.ts';
import { codeLinkFromAbstract } from './code-links.ts';
import { normaliseTitle, slugifyTitle, uniqueSlug } from './titles.ts';

export interface PaperFile {
  /** File name inside the papers folder, e.g. matformer-nested-transformer.mdx */
  name: string;
  text: string;
}

export interface ImportPlan {
  writes: PaperFile[];
  added: string[];
  merged: string[];
  unchanged: string[];
  conflicts: Conflict[];
}

export class ImportError extends Error {}

interface KnownPaper {
  file: PaperFile;
  data: Record<string, unknown>;
  body: string;
}

export function newPaper(paper: ListingPaper, slug: string): PaperDraft {
  return {
    title: paper.title,
    slug,
    date: paper.date?.value ?? null,
    datePrecision: paper.date?.precision ?? null,
    dateSource: paper.date ? 'listing' : null,
    upvotes: paper.upvotes,
    authorCount: paper.authorCount,
    listings: paper.listings,
    arxivId: null,
    authors: [],
    primary: null,
    related: [],
    gist: '',
    notes: '',
    code: codeLinkFromAbstract(paper.abstract),
  };
}

/** The listing facts a known entry lacks, and the ones where it disagrees with the listing. */
function reconcile(known: KnownPaper, paper: ListingPaper): { changes: Partial<Paper>; conflicts: Conflict[] } {
  const changes: Partial<Paper> = {};
  const conflicts: Conflict[] = [];
  const where = `content/papers/${known.file.name}`;
  const conflict = (field: string, entryValue: unknown, listingValue: unknown) =>
    conflicts.push({
      title: paper.title,
      field,
      kept: `${JSON.stringify(entryValue)} (${where})`,
      others: [`${JSON.stringify(listingValue)} (${paper.origins.join(', ')})`],
    });

  const listings = Array.isArray(known.data.listings) ? (known.data.listings as string[]) : [];
  const union = [...new Set([...listings, ...paper.listings])].sort();
  if (union.length !== listings.length) changes.listings = union;

  if (paper.date) {
    if (known.data.date === null || known.data.date === undefined) {
      Object.assign(changes, { date: paper.date.value, datePrecision: paper.date.precision, dateSource: 'listing' });
    } else if (known.data.date !== paper.date.value) conflict('date', known.data.date, paper.date.value);
  }
  for (const field of ['upvotes', 'authorCount'] as const) {
    const value = paper[field];
    if (value === null) continue;
    if (known.data[field] === null || known.data[field] === undefined) changes[field] = value;
    else if (known.data[field] !== value) conflict(field, known.data[field], value);
  }
  if (unescapeMdxText(known.body).trim() !== paper.abstract.trim()) conflict('abstract (body)', 'the entry’s own text', paper.abstract.slice(0, 60));
  return { changes, conflicts };
}

export function planImport(papers: readonly ListingPaper[], existing: readonly PaperFile[]): ImportPlan {
  const known: KnownPaper[] = existing.map((file) => {
    try {
      return { file, ...splitPaperFile(file.text) };
    } catch (error) {
      throw new ImportError(`content/papers/${file.name}: ${(error as Error).message}. Fix this entry first; the import wrote nothing.`);
    }
  });
  const byTitle = new Map(known.map((k) => [normaliseTitle(String(k.data.title ?? '')), k]));
  const bySlug = new Map(known.map((k) => [String(k.data.slug ?? ''), k]));
  const takenSlugs = new Set(bySlug.keys());
  const takenNames = new Set(existing.map((f) => f.name));

  const plan: ImportPlan = { writes: [], added: [], merged: [], unchanged: [], conflicts: [] };
  for (const paper of papers) {
    // A corrected title keeps its frozen slug, so the slug still finds the entry.
    const match = byTitle.get(paper.key) ?? bySlug.get(slugifyTitle(paper.title));
    if (!match) {
      const slug = uniqueSlug(paper.title, takenSlugs);
      takenSlugs.add(slug);
      let name = `${slug}.mdx`;
      for (let n = 2; takenNames.has(name); n++) name = `${slug}-${n}.mdx`;
      takenNames.add(name);
      plan.writes.push({ name, text: renderPaperFile(newPaper(paper, slug), paper.abstract) });
      plan.added.push(name);
      continue;
    }
    const { changes, conflicts } = reconcile(match, paper);
    plan.conflicts.push(...conflicts);
    if (Object.keys(changes).length === 0) {
      plan.unchanged.push(match.file.name);
      continue;
    }
    match.file = { name: match.file.name, text: updatePaperFile(match.file.text, changes) };
    Object.assign(match.data, changes);
    plan.writes = plan.writes.filter((w) => w.name !== match.file.name).concat(match.file);
    if (!plan.merged.includes(match.file.name)) plan.merged.push(match.file.name);
  }
  return plan;
}
