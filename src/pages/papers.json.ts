// /papers.json: every paper with its techniques and dates (fields: /papers.schema.json).
import type { APIRoute } from 'astro';
import { getPapers } from '../data/papers.ts';
import { exportedPaper } from '../data/exports.ts';
import { EXPORT_VERSION } from '../lib/site/papers-export-schema.ts';

export const GET: APIRoute = async ({ site }) => {
  const papers = (await getPapers()).map((p) => exportedPaper(p, site));
  const body = { version: EXPORT_VERSION, generated: new Date().toISOString().slice(0, 10), count: papers.length, papers };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
