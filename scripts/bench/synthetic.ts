// Writes a synthetic collection: the real papers plus generated ones up to `total`, so the
// real overviews' cross-references still resolve. Deterministic (seeded) so runs compare.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPaperFile } from '../../src/lib/content/paper-file.ts';
import { TECHNIQUE_IDS } from '../../src/lib/content/taxonomy.ts';

const WORDS =
  'sparse dense attention expert routing token cache linear state space quantized low rank adapter merge prune distill kernel fused pipeline tensor parallel vision speech graph diffusion scaling law memory efficient transformer model layer head gate mixture depth width training inference serving latency throughput'.split(
    ' ',
  );

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function writeSyntheticCollection(dir: string, realPapersDir: string, total: number, realCount: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(realPapersDir, dir, { recursive: true });
  const next = random(total);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  for (let i = 0; i < total - realCount; i++) {
    const slug = `synthetic-paper-${i}`;
    const year = 2017 + Math.floor(next() * 9);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const primary = pick(TECHNIQUE_IDS);
    const related = [pick(TECHNIQUE_IDS)].filter((id) => id !== primary);
    const abstract = Array.from({ length: 8 }, () => `${sentence(18)}.`).join(' ');
    writeFileSync(
      join(dir, `${slug}.mdx`),
      renderPaperFile(
        {
          title: `Synthetic ${sentence(6)} ${i}`,
          slug,
          date: `${year}-${month}-${day}`,
          datePrecision: 'day',
          dateSource: 'listing',
          upvotes: null,
          authorCount: 3,
          listings: ['999_synthetic.txt'],
          arxivId: null,
          authors: [],
          primary,
          related,
          gist: sentence(10),
          notes: '',
        },
        abstract,
      ),
    );
  }
}
