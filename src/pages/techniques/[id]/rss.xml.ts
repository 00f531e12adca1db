// /techniques/<id>/rss.xml: the technique's papers, newest first.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { techniqueStaticPaths } from '../../../data/techniques.ts';
import { paperFeed } from '../../../data/feeds.ts';
import { compareNewestFirst } from '../../../lib/content/dates.ts';
import { techniquePath } from '../../../lib/site/urls.ts';

export const getStaticPaths = techniqueStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { entry, all } = props.technique;
  const newestFirst = [...all].sort((a, b) => compareNewestFirst(a.data, b.data));
  return paperFeed({
    title: `Transformer Atlas: ${entry.data.name}`,
    description: entry.data.summary,
    papers: newestFirst,
    site,
    path: techniquePath(entry.id),
  });
};
