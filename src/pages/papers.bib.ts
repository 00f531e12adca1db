// /papers.bib: a BibTeX entry for every paper.
import type { APIRoute } from 'astro';
import { getPapers } from '../data/papers.ts';
import { listed, paperPageUrl } from '../data/exports.ts';
import { bibliography } from '../lib/site/papers-export-schema.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    bibliography((await getPapers()).map(listed), (slug) => paperPageUrl(slug, site)),
    { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } },
  );
