// Places papers on a time axis without overlaps: x from the date, then each mark goes to the
// lowest lane where it does not touch a mark already placed (a one-sided beeswarm).
// Papers without a known date are never placed; they are returned apart.
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { timeOfDate } from '../content/dates.ts';
import { TIMELINE_MARGIN, tickStride } from './timeline-axis.ts';

export interface TimelineInput {
  slug: string;
  title: string;
  date: string | null;
  datePrecision: 'day' | 'month' | null;
  /** primary or related to the technique; a theme id on the global timeline */
  group: string;
  /** Short label drawn beside the mark when space allows; null for no label. */
  label: string | null;
  /** Technique ids of the paper, for the browser's technique filter. */
  techniques: string[];
  /** Place in the technique's reading path (1-based), for papers to start with. */
  startHere?: number;
}

export interface TimelineMark extends TimelineInput {
  date: string;
  x: number;
  y: number;
  lane: number;
}

export interface TimelineTick {
  x: number;
  label: string;
}

export interface TimelineLabel {
  slug: string;
  text: string;
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  radius: number;
  marks: TimelineMark[];
  undated: TimelineInput[];
  ticks: TimelineTick[];
  labels: TimelineLabel[];
  /** The time domain as ISO days, for the browser's zoom. */
  domain: [string, string];
  /** The x positions of the domain's start and end: where the axis is drawn. */
  range: [number, number];
}

export interface LayoutOptions {
  width: number;
  radius?: number;
  /** Space between neighbouring marks. */
  gap?: number;
  margin?: { left: number; right: number; top: number; bottom: number };
  /** Approximate width of one label character, for collision checks. */
  charWidth?: number;
}

export function layoutTimeline(papers: readonly TimelineInput[], options: LayoutOptions): TimelineLayout {
  const radius = options.radius ?? 5;
  const gap = options.gap ?? 1.5;
  const margin = options.margin ?? TIMELINE_MARGIN;
  const charWidth = options.charWidth ?? 6.2;
  const dated = papers
    .filter((p): p is TimelineInput & { date: string } => p.date !== null)
    .sort((a, b) => timeOfDate(a.date).getTime() - timeOfDate(b.date).getTime() || a.slug.localeCompare(b.slug));
  const undated = papers.filter((p) => p.date === null);

  const times = dated.map((p) => timeOfDate(p.date));
  const first = times[0] ?? new Date('2020-01-01T00:00:00Z');
  const last = times[times.length - 1] ?? first;
  // Whole years on the axis, so ticks read as years and a single paper is not at the edge.
  const start = utcYear.floor(first);
  const end = utcYear.offset(utcYear.floor(last), 1);
  const x = scaleUtc()
    .domain([start, end])
    .range([margin.left, options.width - margin.right]);

  const step = 2 * radius + gap;
  // Marks arrive in x order, so a lane is free when its last mark is far enough: checking
  // only that keeps the layout linear in lanes instead of quadratic in marks.
  const laneEnds: number[] = [];
  const placed = dated.map((paper, i) => {
    const px = x(times[i]!);
    let lane = laneEnds.findIndex((last) => px - last >= step);
    if (lane === -1) lane = laneEnds.push(px) - 1;
    laneEnds[lane] = px;
    return { ...paper, x: px, lane };
  });
  const laneCount = Math.max(laneEnds.length, 1);
  const labelBand = 16;
  const axisY = margin.top + labelBand + laneCount * step;
  const marks: TimelineMark[] = placed.map((m) => ({ ...m, y: axisY - radius - gap - m.lane * step }));

  // Labels sit in a band above the marks; a label is drawn only where it overlaps no other.
  // Papers to start with claim their space first, in reading order, so the path stays labelled.
  const labels: TimelineLabel[] = [];
  const taken: [number, number][] = [];
  const steps = marks.filter((m) => m.startHere).sort((a, b) => a.startHere! - b.startHere!);
  const byPriority = [...steps, ...marks.filter((m) => !m.startHere)];
  for (const mark of byPriority) {
    if (!mark.label) continue;
    const w = mark.label.length * charWidth;
    const left = Math.min(Math.max(mark.x - w / 2, margin.left), options.width - margin.right - w);
    if (taken.some(([a, b]) => left < b + 8 && left + w > a - 8)) continue;
    taken.push([left, left + w]);
    labels.push({ slug: mark.slug, text: mark.label, x: left + w / 2, y: margin.top + 10 });
  }

  const ticks = x.ticks(utcYear.every(1)!).map((t) => ({ x: x(t), label: String(t.getUTCFullYear()) }));
  // Thin out year ticks on narrow or long axes so labels never collide.
  const stride = tickStride(ticks.length, options.width - margin.left - margin.right);
  const thinned = ticks.filter((_, i) => i % stride === 0);

  return {
    width: options.width,
    height: axisY + margin.bottom,
    axisY,
    radius,
    marks,
    undated,
    ticks: thinned,
    labels,
    domain: [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)],
    range: [margin.left, options.width - margin.right],
  };
}

/** A label short enough for the chart: the coined name before a colon, else the first words. */
export function shortLabel(title: string, maxLength = 22): string {
  const name = title.split(/:\s/)[0]!.trim();
  if (name.length <= maxLength && name !== title) return name;
  const words = title.split(/\s+/);
  let label = '';
  for (const word of words) {
    if ((label + ' ' + word).trim().length > maxLength) break;
    label = (label + ' ' + word).trim();
  }
  return label ? `${label}…` : `${title.slice(0, maxLength - 1)}…`;
}
