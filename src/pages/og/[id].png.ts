// Link-preview images: /og/site.png and /og/<technique>.png, rendered from SVG with resvg
// at build time (no browser), with a font shipped as an npm package so output is the same
// on every machine.
import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { getPapers } from '../../data/papers.ts';
import { getTechniques } from '../../data/techniques.ts';
import { OG_WIDTH, previewCardSvg, type CardText } from '../../lib/og-image.ts';
import { layoutTimeline } from '../../lib/timeline-layout.ts';
import { techniqueTimelineInput } from '../../lib/technique-timeline.ts';
import { TECHNIQUE_IDS, themeById } from '../../lib/taxonomy.ts';
import { formatYearSpan, yearSpan } from '../../lib/technique-papers.ts';

const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', f));

export const getStaticPaths = (async () => {
  const techniques = await getTechniques();
  const papers = await getPapers();
  const site: CardText = {
    kicker: 'A living survey',
    title: 'Transformer architectures and their efficiency',
    facts: `${papers.length} papers · ${TECHNIQUE_IDS.length} techniques · ${formatYearSpan(yearSpan(papers))}`,
  };
  return [
    { params: { id: 'site' }, props: { text: site, timeline: undefined } },
    ...techniques.map(({ entry, papers: own, span, total }) => ({
      params: { id: entry.id },
      props: {
        text: { kicker: themeById(entry.data.theme).name, title: entry.data.name, facts: `${total} papers · ${formatYearSpan(span)}` },
        timeline: layoutTimeline(techniqueTimelineInput(own.primary, own.related, ''), { width: OG_WIDTH - 160, radius: 6, gap: 2 }),
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { text, timeline } = props as { text: CardText; timeline?: ReturnType<typeof layoutTimeline> };
  const png = new Resvg(previewCardSvg(text, timeline), {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
