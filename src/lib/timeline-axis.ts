// Numbers the build-time layout (timeline-layout.ts, TimelineChart.astro) and the browser's
// zoom (src/scripts/timeline.ts) must agree on. No imports: it ships to the browser as is.

/** Space around the plotted axis, in SVG units. */
export const TIMELINE_MARGIN = { left: 16, right: 16, top: 18, bottom: 28 };

/** A tick is a short line below the axis with its label under it. */
export const TICK_LENGTH = 6;
export const TICK_LABEL_Y = 20;

/** Tick labels never come closer than this: keep every n-th tick where needed. */
const MIN_TICK_GAP = 36;

export function tickStride(tickCount: number, axisLength: number): number {
  return Math.max(1, Math.ceil((MIN_TICK_GAP * tickCount) / axisLength));
}
