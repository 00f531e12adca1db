// /papers/chunk/n.json: the rows of the all-papers table after its first page, in order,
// which the browser appends to /papers/ (src/scripts/paper-chunks.ts).
import type { APIRoute } from 'astro';
import { getPaperRows } from '../../../data/paper-rows.ts';
import { chunkCount, chunkItems } from '../../../lib/site/paper-rows.ts';
import { PAPERS_CHUNK_SIZE, PAPERS_PAGE_SIZE } from '../../../lib/site/pagination.ts';

export async function getStaticPaths() {
  const count = chunkCount((await getPaperRows()).length, PAPERS_PAGE_SIZE, PAPERS_CHUNK_SIZE);
  return Array.from({ length: count }, (_, i) => ({ params: { n: String(i + 1) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const rows = chunkItems(await getPaperRows(), Number(params.n), PAPERS_PAGE_SIZE, PAPERS_CHUNK_SIZE);
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
