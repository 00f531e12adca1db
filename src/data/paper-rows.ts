// The all-papers table's rows, built once per build for its HTML pages and JSON chunks.
import { paperRow, type PaperRow } from '../lib/site/paper-rows.ts';
import { getPapers } from './papers.ts';
import { getTechniqueNames } from './techniques.ts';

let cache: PaperRow[] | undefined;

export async function getPaperRows(): Promise<PaperRow[]> {
  if (!cache) {
    const names = await getTechniqueNames();
    cache = (await getPapers()).map((p) => paperRow(p, names));
  }
  return cache;
}
