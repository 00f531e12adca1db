// Link-preview cards (1200x630) as SVG, turned into PNG at build time: the technique's name,
// theme, paper count, year span and a miniature of its timeline.
import type { TimelineLayout } from '../timeline/timeline-layout.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits a name over at most two lines of about `perLine` characters. */
function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [''];
  for (const word of text.split(' ')) {
    const line = lines[lines.length - 1]!;
    if (line && (line + ' ' + word).length > perLine) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines.length > 2
    ? [
        lines[0]!,
        `${lines
          .slice(1)
          .join(' ')
          .slice(0, perLine - 1)}…`,
      ]
    : lines;
}

export interface CardText {
  kicker: string;
  title: string;
  facts: string;
}

/** The card; `timeline` (laid out at OG_WIDTH - 160 wide) is drawn as a miniature if given. */
export function previewCardSvg({ kicker, title, facts }: CardText, timeline?: TimelineLayout): string {
  const titleLines = wrap(title, 26);
  const titleSvg = titleLines.map((line, i) => `<text x="80" y="${210 + i * 76}" class="title">${escapeXml(line)}</text>`).join('');
  let mini = '';
  if (timeline && timeline.marks.length > 0) {
    const scale = Math.min(1, 190 / timeline.height);
    const top = OG_HEIGHT - 60 - timeline.height * scale;
    const marks = timeline.marks
      .map(
        (m) =>
          `<circle cx="${(m.x * scale).toFixed(1)}" cy="${(m.y * scale).toFixed(1)}" r="${(timeline.radius * scale).toFixed(1)}" fill="${m.group === 'primary' ? '#7fb0ff' : '#8d939c'}"/>`,
      )
      .join('');
    const ticks = timeline.ticks
      .map((t) => `<text x="${(t.x * scale).toFixed(1)}" y="${(timeline.axisY * scale + 24).toFixed(1)}" class="tick">${escapeXml(t.label)}</text>`)
      .join('');
    mini = `<g transform="translate(80 ${top.toFixed(1)})"><line x1="0" x2="${(timeline.width * scale).toFixed(1)}" y1="${(timeline.axisY * scale).toFixed(1)}" y2="${(timeline.axisY * scale).toFixed(1)}" stroke="#5b606a" stroke-width="2"/>${marks}${ticks}</g>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<style>
  text { font-family: 'DejaVu Sans'; fill: #e8e6e3; }
  .brand { font-size: 30px; font-weight: bold; fill: #8ab4ff; }
  .kicker { font-size: 30px; fill: #a9a7a3; }
  .title { font-size: 64px; font-weight: bold; }
  .facts { font-size: 32px; fill: #cfd3da; }
  .tick { font-size: 20px; fill: #a9a7a3; text-anchor: middle; }
</style>
<rect width="100%" height="100%" fill="#121316"/>
<rect x="0" y="0" width="16" height="${OG_HEIGHT}" fill="#1f5fbf"/>
<text x="80" y="90" class="brand">Transformer Atlas</text>
<text x="80" y="135" class="kicker">${escapeXml(kicker)}</text>
${titleSvg}
<text x="80" y="${210 + titleLines.length * 76 - 4}" class="facts">${escapeXml(facts)}</text>
${mini}
</svg>`;
}
