// /rss.xml: the newest dated papers, newest first.
import type { APIRoute } from 'astro';
import { getPapers } from '../data/papers.ts';
import { paperFeed } from '../data/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  paperFeed({
    title: 'Transformer Atlas: papers',
    description: 'Papers on transformer architectures and their efficiency, newest first.',
    papers: await getPapers(),
    site,
    path: '/',
  });
