// The lineage of ideas: which earlier papers a paper explicitly extends (its buildsOn field),
// read both ways, and the checks that keep it a true history (known target, earlier, no cycle).
import { timeOfDate } from './dates.ts';

export interface LineageEdge {
  /** The later paper. */
  from: string;
  /** The earlier paper it builds on. */
  to: string;
  evidence: string;
}

export interface LineageIndex {
  buildsOn: Map<string, LineageEdge[]>;
  builtUponBy: Map<string, LineageEdge[]>;
  edges: LineageEdge[];
}

export function lineageIndex(papers: readonly { slug: string; buildsOn: readonly { paper: string; evidence: string }[] }[]): LineageIndex {
  const edges = papers.flatMap((p) => p.buildsOn.map((b) => ({ from: p.slug, to: b.paper, evidence: b.evidence })));
  const group = (key: 'from' | 'to') => {
    const map = new Map<string, LineageEdge[]>();
    for (const edge of edges) map.set(edge[key], [...(map.get(edge[key]) ?? []), edge]);
    return map;
  };
  return { buildsOn: group('from'), builtUponBy: group('to'), edges };
}

/** Every paper reachable from `start` along `next` (start itself excluded). */
export function reachable(start: string, next: (slug: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...next(start)];
  while (stack.length) {
    const slug = stack.pop()!;
    if (seen.has(slug) || slug === start) continue;
    seen.add(slug);
    stack.push(...next(slug));
  }
  return seen;
}

export interface DatedPaper {
  slug: string;
  date: string | null;
  datePrecision: 'day' | 'month' | null;
}

/** True when `earlier` cannot be dated after `later`: a month-precision date counts as any day of
 * its month, so a paper of 2023-07 may build on one of 2023-07-20. Unknown dates cannot be checked. */
export function isNotAfter(earlier: DatedPaper, later: DatedPaper): boolean {
  if (!earlier.date || !later.date) return true;
  const month = (p: DatedPaper) => p.date!.slice(0, 7);
  if (earlier.datePrecision === 'month' || later.datePrecision === 'month') return month(earlier) <= month(later);
  return timeOfDate(earlier.date).getTime() <= timeOfDate(later.date).getTime();
}

/** One cycle of buildsOn edges as a path of slugs (first = last), or null when there is none. */
export function findCycle(edges: readonly { from: string; to: string }[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (slug: string): string[] | null => {
    if (state.get(slug) === 'done') return null;
    if (state.get(slug) === 'open') return [...path.slice(path.indexOf(slug)), slug];
    state.set(slug, 'open');
    path.push(slug);
    for (const to of next.get(slug) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(slug, 'done');
    return null;
  };
  for (const slug of next.keys()) {
    const cycle = visit(slug);
    if (cycle) return cycle;
  }
  return null;
}
