// Open-data exports: papers.json (with its schema), BibTeX files and Markdown reading lists.
import { z } from 'zod';
import { paperToBibtex, uniqueBibtexKeys } from './bibtex.ts';
import { formatPaperDate } from './dates.ts';
import { DATE_PRECISIONS, DATE_SOURCES } from './schemas.ts';
import { TECHNIQUE_IDS } from './taxonomy.ts';

export const EXPORT_VERSION = 1;

/** One paper in /papers.json; `describe` texts become the published JSON Schema. */
export const exportedPaperSchema = z.strictObject({
  slug: z.string().describe('Permanent identifier; the paper page is <site>/papers/<slug>/'),
  url: z.url().describe('Absolute URL of the paper page on this site'),
  title: z.string().describe('Title as listed'),
  date: z.string().nullable().describe('First public date: YYYY-MM-DD or YYYY-MM; null when unknown'),
  datePrecision: z.enum(DATE_PRECISIONS).nullable().describe('How precise `date` is'),
  dateSource: z.enum(DATE_SOURCES).nullable().describe('Where the date comes from: the source listing, the arXiv id (month), or the first arXiv version'),
  arxivId: z.string().nullable().describe('arXiv identifier without version; null when not found'),
  authors: z.array(z.string()).describe('Authors in order, where a source showed them; may be empty'),
  authorCount: z.number().int().nullable().describe('Author count shown by the source listing'),
  primaryTechnique: z.enum(TECHNIQUE_IDS).describe("Technique id of the paper's main contribution"),
  relatedTechniques: z.array(z.enum(TECHNIQUE_IDS)).describe('Up to three further technique ids'),
  gist: z.string().describe("One line in the survey's own words"),
  abstract: z.string().describe('The abstract, quoted as captured'),
  listings: z.array(z.string()).describe('Source listing files the paper appeared in'),
  origin: z
    .enum(['listing', 'editors'])
    .describe('listing: from a source listing capture; editors: added by the editors from cited sources (content/provenance/editors.tsv), listings empty'),
  code: z
    .strictObject({
      url: z.string().describe('Repository, https://github.com/owner/name'),
      source: z.string().describe("'abstract' when the paper's abstract names it, else the URL of the source that does"),
    })
    .nullable()
    .describe('Code repository of the paper; null when none is known'),
  buildsOn: z
    .array(
      z.strictObject({
        paper: z.string().describe('Slug of the earlier paper in this collection'),
        evidence: z.string().describe("'title names it', or a phrase quoted from this paper's abstract that names the earlier paper"),
      }),
    )
    .describe('Lineage: earlier papers of the collection this paper explicitly extends (reviewed edges)'),
});

export const papersExportSchema = z.strictObject({
  version: z.literal(EXPORT_VERSION),
  generated: z.string().describe('Build date, YYYY-MM-DD'),
  count: z.number().int(),
  papers: z.array(exportedPaperSchema),
});

export type ExportedPaper = z.infer<typeof exportedPaperSchema>;

export function papersJsonSchema(): object {
  return z.toJSONSchema(papersExportSchema);
}

export interface ListedPaper {
  slug: string;
  title: string;
  date: string | null;
  datePrecision: 'day' | 'month' | null;
  arxivId: string | null;
  authors: string[];
  gist: string;
}

/** A .bib file: one @misc entry per paper, keys unique within the file. */
export function bibliography(papers: readonly ListedPaper[], pageUrl: (slug: string) => string): string {
  const keys = uniqueBibtexKeys(papers);
  return papers.map((paper, i) => paperToBibtex(paper, keys[i], pageUrl(paper.slug))).join('\n');
}

/** Escapes Markdown syntax in listed text so titles render as written. */
function markdownText(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** A Markdown reading list a reading group can paste into notes or a syllabus. */
export function readingListMarkdown(heading: string, intro: string, papers: readonly ListedPaper[], pageUrl: (slug: string) => string): string {
  const lines = papers.map((p) => {
    const where = p.arxivId ? ` · [arXiv:${p.arxivId}](https://arxiv.org/abs/${p.arxivId})` : '';
    const gist = p.gist ? `\n  ${markdownText(p.gist)}` : '';
    return `- [${markdownText(p.title)}](${pageUrl(p.slug)}) (${formatPaperDate(p)})${where}${gist}`;
  });
  return `# ${markdownText(heading)}\n\n${intro}\n\n${lines.join('\n')}\n`;
}
