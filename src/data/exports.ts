// Absolute URLs and abstracts for the export endpoints.
import { unescapeMdxText } from '../lib/mdx-text.ts';
import type { ExportedPaper } from '../lib/exports.ts';
import { paperPath, url } from '../lib/urls.ts';
import type { PaperEntry } from './papers.ts';

export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site).href;
}

export function paperPageUrl(slug: string, site: URL | undefined): string {
  return absoluteUrl(paperPath(slug), site);
}

export function exportedPaper(paper: PaperEntry, site: URL | undefined): ExportedPaper {
  const d = paper.data;
  return {
    slug: paper.id,
    url: paperPageUrl(paper.id, site),
    title: d.title,
    date: d.date,
    datePrecision: d.datePrecision,
    dateSource: d.dateSource,
    arxivId: d.arxivId,
    authors: d.authors,
    authorCount: d.authorCount,
    primaryTechnique: d.primary,
    relatedTechniques: d.related,
    gist: d.gist,
    abstract: unescapeMdxText(paper.body ?? '').trim(),
    listings: d.listings,
    origin: d.origin,
    code: d.code,
    buildsOn: d.buildsOn,
  };
}

export function listed(paper: PaperEntry) {
  return { ...paper.data, slug: paper.id };
}
