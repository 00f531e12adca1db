// /papers.schema.json: the JSON Schema of /papers.json, generated from the same zod schema.
import type { APIRoute } from 'astro';
import { papersJsonSchema } from '../lib/site/papers-export-schema.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(papersJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
