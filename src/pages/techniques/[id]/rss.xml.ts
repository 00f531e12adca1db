// /techniques/<id>/rss.xml: the technique's newest papers, newest first.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { techniqueStaticPaths } from '../../../data/techniques.ts';
import { paperFeed } from '../../../data/feeds.ts';
import { techniquePath } from '../../../lib/site/urls.ts';

export const getStaticPaths = techniqueStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { entry, all } = props.technique;
  return paperFeed({
    title: `Transformer Atlas: ${entry.data.name}`,
    description: entry.data.summary,
    papers: all,
    site,
    path: techniquePath(entry.id),
  });
};
