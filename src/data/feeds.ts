// RSS feeds of papers via @astrojs/rss, which escapes every field.
import rss from '@astrojs/rss';
import { timeOfDate } from '../lib/content/dates.ts';
import { newestForFeed } from '../lib/site/feed-items.ts';
import { url } from '../lib/site/urls.ts';
import { paperPageUrl } from './exports.ts';
import type { PaperEntry } from './papers.ts';

interface FeedOptions {
  title: string;
  description: string;
  papers: PaperEntry[];
  site: URL | undefined;
  /** The HTML page the feed belongs to */
  path: string;
}

export function paperFeed({ title, description, papers, site, path }: FeedOptions) {
  return rss({
    title,
    description,
    site: new URL(url(path), site).href,
    items: newestForFeed(papers).map((p) => ({
      title: p.data.title,
      link: paperPageUrl(p.id, site),
      pubDate: timeOfDate(p.data.date!),
      description: p.data.gist || undefined,
      categories: [p.data.primary, ...p.data.related],
    })),
  });
}
