// /techniques/<id>/reading-list.md: the technique's papers as a Markdown reading list.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { techniqueStaticPaths } from '../../../data/techniques.ts';
import { absoluteUrl, listed, paperPageUrl } from '../../../data/exports.ts';
import { readingListMarkdown } from '../../../lib/exports.ts';
import { techniquePath } from '../../../lib/urls.ts';

export const getStaticPaths = techniqueStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { entry, all } = props.technique;
  const intro = `${entry.data.summary} From Transformer Atlas: ${absoluteUrl(techniquePath(entry.id), site)}`;
  const list = readingListMarkdown(`Reading list: ${entry.data.name}`, intro, all.map(listed), (slug) => paperPageUrl(slug, site));
  return new Response(list, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
