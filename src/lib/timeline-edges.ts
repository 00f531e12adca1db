// Lineage edges on a timeline: an arc above the marks from each paper to the earlier paper it
// builds on, drawn at build time and redrawn by the browser script when the axis zooms.
import type { TimelineMark } from './timeline-layout.ts';

export interface TimelineEdge {
  /** The later paper. */
  from: string;
  /** The earlier paper it builds on. */
  to: string;
  d: string;
}

/** An arc from (x1, y1) to (x0, y0) that rises with the distance between them, never above `top`. */
export function edgePath(x1: number, y1: number, x0: number, y0: number, top: number): string {
  const rise = Math.min(Math.abs(x1 - x0) / 3 + 12, Math.min(y0, y1) - top);
  // A quadratic curve peaks halfway to its control point, so the control sits at twice the rise.
  const cy = Math.min(y0, y1) - 2 * Math.max(rise, 0);
  return `M${x1.toFixed(1)},${y1.toFixed(1)} Q${((x0 + x1) / 2).toFixed(1)},${cy.toFixed(1)} ${x0.toFixed(1)},${y0.toFixed(1)}`;
}

/** The edges whose two papers are both marks of this timeline. */
export function timelineEdges(marks: readonly TimelineMark[], edges: readonly { from: string; to: string }[], top = 4): TimelineEdge[] {
  const bySlug = new Map(marks.map((m) => [m.slug, m]));
  return edges.flatMap(({ from, to }) => {
    const later = bySlug.get(from);
    const earlier = bySlug.get(to);
    return later && earlier ? [{ from, to, d: edgePath(later.x, later.y, earlier.x, earlier.y, top) }] : [];
  });
}
