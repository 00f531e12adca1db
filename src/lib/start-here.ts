// A technique's reading path: its startHere steps joined with the papers they name, in order.
import type { StartHereEntry } from './schemas.ts';

export interface ReadingStep<P> {
  /** 1-based place in the reading order. */
  position: number;
  paper: P;
  why: string;
}

/** The steps with their papers; a step naming no paper is an error (the validator says where). */
export function resolveStartHere<P extends { id: string }>(
  steps: readonly StartHereEntry[] | undefined,
  papers: readonly P[],
  technique: string,
): ReadingStep<P>[] {
  const bySlug = new Map(papers.map((p) => [p.id, p]));
  return (steps ?? []).map((step, i) => {
    const paper = bySlug.get(step.paper);
    if (!paper)
      throw new Error(`content/techniques/${technique}.mdx: field \`startHere.${i}.paper\`: no paper has the slug '${step.paper}' (run npm run validate)`);
    return { position: i + 1, paper, why: step.why };
  });
}

/** "start here, 2 of 5": how the timeline and its table name a step. */
export function readingStepLabel(position: number, total: number): string {
  return `start here, ${position} of ${total}`;
}
