// /techniques/<id>/papers.bib: BibTeX for the technique's papers (primary, then related).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { techniqueStaticPaths } from '../../../data/techniques.ts';
import { listed, paperPageUrl } from '../../../data/exports.ts';
import { bibliography } from '../../../lib/exports.ts';

export const getStaticPaths = techniqueStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { all } = props.technique;
  return new Response(
    bibliography(all.map(listed), (slug) => paperPageUrl(slug, site)),
    {
      headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
    },
  );
};
