// /techniques/<id>/rss.xml: the technique's newest papers, newest first.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTechniques, type TechniqueSummary } from '../../../data/techniques.ts';
import { paperFeed } from '../../../data/feeds.ts';
import { compareNewestFirst } from '../../../lib/dates.ts';
import { techniquePath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await getTechniques()).map((technique) => ({ params: { id: technique.entry.id }, props: { technique } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, papers } = (props as { technique: TechniqueSummary }).technique;
  const all = [...papers.primary, ...papers.related].sort((a, b) => compareNewestFirst(a.data, b.data));
  return paperFeed({ title: `Transformer Atlas: ${entry.data.name}`, description: entry.data.summary, papers: all, site, path: techniquePath(entry.id) });
};
