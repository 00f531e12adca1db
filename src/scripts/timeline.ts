// Enhances build-time timelines (TimelineChart.astro): tooltips on hover and focus, zoom and
// pan on the time axis, and a year range (plus optional theme/technique) filter that also
// narrows the paper list below. Of d3, only d3-zoom and d3-selection (with what they import)
// reach the browser; the scales stay at build time.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { TICK_LABEL_Y, TICK_LENGTH, tickStride } from '../lib/timeline-axis.ts';
import { edgePath } from '../lib/timeline-edges.ts';
import { reachable } from '../lib/lineage.ts';

const DAY = 86_400_000;

function yearOf(date: string | undefined): number {
  return Number((date ?? '').slice(0, 4));
}

function setUpTooltip(figure: HTMLElement, svg: SVGSVGElement): void {
  const tooltip = figure.querySelector<HTMLElement>('.tooltip');
  if (!tooltip) return;
  const show = (mark: SVGAElement) => {
    const circle = mark.querySelector('circle');
    if (!circle) return;
    tooltip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = mark.dataset.title ?? '';
    const when = document.createElement('div');
    when.textContent = mark.dataset.when ?? '';
    tooltip.append(title, when);
    tooltip.hidden = false;
    const box = circle.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    const left = Math.min(Math.max(box.left - frame.left - tooltip.offsetWidth / 2, 0), frame.width - tooltip.offsetWidth);
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.top - frame.top - tooltip.offsetHeight - 8}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
  };
  const markOf = (event: Event) => (event.target as Element | null)?.closest<SVGAElement>('a.mark') ?? null;
  svg.addEventListener('pointerover', (event) => {
    const mark = markOf(event);
    if (mark) show(mark);
  });
  svg.addEventListener('pointerout', (event) => {
    if (markOf(event)) hide();
  });
  svg.addEventListener('focusin', (event) => {
    const mark = markOf(event);
    if (mark) show(mark);
  });
  svg.addEventListener('focusout', hide);
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

function setUpZoom(figure: HTMLElement, svg: SVGSVGElement): (transform: ZoomTransform) => void {
  const [start, end] = (svg.dataset.domain ?? '').split(',').map((d) => Date.parse(`${d}T00:00:00Z`)) as [number, number];
  const [left, right] = (svg.dataset.range ?? '0,0').split(',').map(Number) as [number, number];
  const height = svg.viewBox.baseVal.height;
  const marks = [...svg.querySelectorAll<SVGAElement>('a.mark')];
  const labels = [...svg.querySelectorAll<SVGTextElement>('.labels text')];
  const edges = [...svg.querySelectorAll<SVGPathElement>('.edges path')];
  const markOf = new Map(marks.map((m) => [m.dataset.slug ?? '', m]));
  const tickGroup = svg.querySelector('.ticks');
  const axisY = Number(svg.dataset.axisY ?? height);
  const xOfTime = (t: number) => left + ((t - start) / (end - start)) * (right - left);

  const drawTicks = (transform: ZoomTransform) => {
    if (!tickGroup) return;
    const visibleDays = (end - start) / DAY / transform.k;
    const monthly = visibleDays < 3 * 365;
    const ticks: { x: number; label: string }[] = [];
    for (let year = new Date(start).getUTCFullYear(); year <= new Date(end).getUTCFullYear(); year++) {
      for (let month = 0; month < 12; month += monthly ? (visibleDays < 400 ? 1 : 3) : 12) {
        const x = transform.applyX(xOfTime(Date.UTC(year, month, 1)));
        if (x < left - 0.5 || x > right + 0.5) continue;
        ticks.push({ x, label: month === 0 ? String(year) : new Date(Date.UTC(year, month, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) });
      }
    }
    const every = tickStride(ticks.length, right - left);
    tickGroup.replaceChildren(
      ...ticks
        .filter((_, i) => i % every === 0)
        .map((tick) => {
          const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
          g.setAttribute('class', 'tick');
          g.setAttribute('transform', `translate(${tick.x.toFixed(1)},${axisY})`);
          const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
          line.setAttribute('y2', String(TICK_LENGTH));
          const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
          text.setAttribute('y', String(TICK_LABEL_Y));
          text.textContent = tick.label;
          g.append(line, text);
          return g;
        }),
    );
  };

  const apply = (transform: ZoomTransform) => {
    for (const mark of marks) {
      const x = transform.applyX(Number(mark.dataset.x));
      // The dot, and the ring of a paper to start with.
      for (const circle of mark.querySelectorAll('circle')) circle.setAttribute('cx', x.toFixed(1));
      mark.classList.toggle('off-axis', x < left - 1 || x > right + 1);
    }
    for (const label of labels) label.setAttribute('x', transform.applyX(Number(label.dataset.x)).toFixed(1));
    for (const edge of edges) {
      const [later, earlier] = [edge.dataset.from, edge.dataset.to].map((slug) => markOf.get(slug ?? '')?.querySelector('circle'));
      if (!later || !earlier) continue;
      const at = (c: SVGCircleElement) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))] as const;
      edge.setAttribute('d', edgePath(...at(later), ...at(earlier), 4));
    }
    drawTicks(transform);
  };

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 24])
    .extent([
      [left, 0],
      [right, height],
    ])
    .translateExtent([
      [left, 0],
      [right, height],
    ])
    .filter((event: Event) =>
      event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey || (event as WheelEvent).shiftKey : !(event as MouseEvent).button,
    )
    .on('zoom', (event: { transform: ZoomTransform }) => apply(event.transform));
  const selection = select(svg).call(behaviour);
  figure.querySelector('[data-zoom="in"]')?.addEventListener('click', () => behaviour.scaleBy(selection, 2, [(left + right) / 2, 0]));
  figure.querySelector('[data-zoom="out"]')?.addEventListener('click', () => behaviour.scaleBy(selection, 0.5, [(left + right) / 2, 0]));
  return (transform) => behaviour.transform(selection, transform);
}

function setUpFilter(figure: HTMLElement, svg: SVGSVGElement, resetZoom: () => void): void {
  const controls = figure.querySelector<HTMLElement>('.controls');
  if (!controls) return;
  controls.hidden = false;
  const status = figure.querySelector('.filter-status');
  const marks = [...svg.querySelectorAll<SVGAElement>('a.mark')];
  const items = figure.dataset.list ? [...document.querySelectorAll<HTMLElement>(figure.dataset.list)] : [];
  const field = (name: string) => controls.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

  const yearOptions = [...(field('from')?.options ?? [])].map((o) => Number(o.value));
  const update = () => {
    const from = Number(field('from')?.value);
    const to = Number(field('to')?.value);
    const [low, high] = from <= to ? [from, to] : [to, from];
    const allYears = low <= Math.min(...yearOptions) && high >= Math.max(...yearOptions);
    const theme = field('theme')?.value ?? '';
    const technique = field('technique')?.value ?? '';
    const matches = (el: HTMLElement | SVGElement) => {
      // A paper with an unknown date cannot be in a year range: shown only when all years are.
      const year = yearOf(el.dataset.date);
      const inYears = el.dataset.date ? year >= low && year <= high : allYears;
      const inTheme = !theme || el.dataset.group === theme;
      const inTechnique = !technique || (el.dataset.techniques ?? '').split(' ').includes(technique);
      return inYears && inTheme && inTechnique;
    };
    let shown = 0;
    for (const mark of marks) {
      const ok = matches(mark);
      mark.classList.toggle('dimmed', !ok);
      mark.setAttribute('tabindex', ok ? '0' : '-1');
      if (ok) shown++;
    }
    let listed = 0;
    for (const item of items) {
      item.hidden = !matches(item);
      if (!item.hidden) listed++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-year-group]')) {
      group.hidden = !group.querySelector('[data-date]:not([hidden])');
    }
    const narrowed = shown < marks.length;
    if (status) {
      status.textContent = narrowed
        ? `Showing ${shown} of ${marks.length} dated papers (${low}–${high})${items.length ? `; the list below shows ${listed}` : ''}.`
        : '';
    }
  };
  controls.addEventListener('change', update);
  controls.querySelector('[data-reset]')?.addEventListener('click', () => {
    for (const select of controls.querySelectorAll('select')) {
      const initial = [...select.options].find((option) => option.defaultSelected) ?? select.options[0];
      if (initial) select.value = initial.value;
    }
    update();
    resetZoom();
  });
}

/** Hover or focus on a mark: its ancestors and descendants along the lineage edges stand out. */
function setUpLineage(svg: SVGSVGElement): void {
  const edges = [...svg.querySelectorAll<SVGPathElement>('.edges path')];
  if (edges.length === 0) return;
  const marks = [...svg.querySelectorAll<SVGAElement>('a.mark')];
  const follow = (key: 'from' | 'to', other: 'from' | 'to') => (slug: string) =>
    edges.filter((e) => e.dataset[key] === slug).map((e) => e.dataset[other] ?? '');
  const clear = () => {
    svg.classList.remove('lineage-focus');
    for (const el of svg.querySelectorAll('.in-lineage')) el.classList.remove('in-lineage');
    for (const mark of marks) delete mark.dataset.lineage;
  };
  const highlight = (mark: SVGAElement) => {
    clear();
    const slug = mark.dataset.slug ?? '';
    const ancestors = reachable(slug, follow('from', 'to'));
    const descendants = reachable(slug, follow('to', 'from'));
    if (ancestors.size + descendants.size === 0) return;
    const family = new Set([slug, ...ancestors, ...descendants]);
    svg.classList.add('lineage-focus');
    for (const other of marks) {
      const s = other.dataset.slug ?? '';
      if (!family.has(s)) continue;
      other.classList.add('in-lineage');
      other.dataset.lineage = s === slug ? 'self' : ancestors.has(s) ? 'ancestor' : 'descendant';
    }
    for (const edge of edges) if (family.has(edge.dataset.from ?? '') && family.has(edge.dataset.to ?? '')) edge.classList.add('in-lineage');
  };
  const markOf = (event: Event) => (event.target as Element | null)?.closest<SVGAElement>('a.mark') ?? null;
  for (const type of ['pointerover', 'focusin'] as const) {
    svg.addEventListener(type, (event) => {
      const mark = markOf(event);
      if (mark) highlight(mark);
    });
  }
  // Leaving a mark with the pointer returns to the focused mark's lineage, if one has focus.
  svg.addEventListener('pointerout', (event) => {
    if (!markOf(event)) return;
    const focused = document.activeElement instanceof SVGAElement && svg.contains(document.activeElement) ? document.activeElement : null;
    if (focused) highlight(focused);
    else clear();
  });
  svg.addEventListener('focusout', clear);
}

export function initTimelines(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-timeline]')) {
    const svg = figure.querySelector<SVGSVGElement>('svg.timeline-svg');
    if (!svg) continue;
    setUpTooltip(figure, svg);
    setUpLineage(svg);
    const setTransform = setUpZoom(figure, svg);
    setUpFilter(figure, svg, () => setTransform(zoomIdentity));
  }
}
