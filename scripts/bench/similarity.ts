// Times the "similar papers" computation (TF-IDF, top 5 per paper) on a papers folder, as the
// build runs it once: read titles and abstracts, then rank.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitPaperFile } from '../../src/lib/paper-file.ts';
import { similarPapers } from '../../src/lib/similar-papers.ts';

/** Wall time, and CPU time (steadier on a busy machine), in milliseconds. */
export function timeSimilarity(dir: string): { papers: number; ms: number; cpuMs: number } {
  const papers = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data, body } = splitPaperFile(readFileSync(join(dir, f), 'utf8'));
      return { slug: String(data.slug), title: String(data.title), abstract: body };
    });
  const started = performance.now();
  const cpu = process.cpuUsage();
  similarPapers(papers);
  const used = process.cpuUsage(cpu);
  return { papers: papers.length, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}
