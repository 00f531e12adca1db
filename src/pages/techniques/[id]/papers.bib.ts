// /techniques/<id>/papers.bib: BibTeX for the technique's papers (primary, then related).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTechniques, type TechniqueSummary } from '../../../data/techniques.ts';
import { listed, paperPageUrl } from '../../../data/exports.ts';
import { bibliography } from '../../../lib/exports.ts';

export const getStaticPaths = (async () =>
  (await getTechniques()).map((technique) => ({ params: { id: technique.entry.id }, props: { technique } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { papers } = (props as { technique: TechniqueSummary }).technique;
  return new Response(
    bibliography([...papers.primary, ...papers.related].map(listed), (slug) => paperPageUrl(slug, site)),
    {
      headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
    },
  );
};
