// /techniques/<id>/reading-list.md: the technique's papers as a Markdown reading list.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTechniques, type TechniqueSummary } from '../../../data/techniques.ts';
import { absoluteUrl, listed, paperPageUrl } from '../../../data/exports.ts';
import { readingListMarkdown } from '../../../lib/exports.ts';
import { techniquePath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await getTechniques()).map((technique) => ({ params: { id: technique.entry.id }, props: { technique } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, papers } = (props as { technique: TechniqueSummary }).technique;
  const intro = `${entry.data.summary} From Transformer Atlas: ${absoluteUrl(techniquePath(entry.id), site)}`;
  const list = readingListMarkdown(`Reading list: ${entry.data.name}`, intro, [...papers.primary, ...papers.related].map(listed), (slug) =>
    paperPageUrl(slug, site),
  );
  return new Response(list, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
