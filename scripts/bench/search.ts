// Search in headless Chromium against a static server: index size, bytes transferred for a
// first and a follow-up query, and time from the last keystroke to rendered results.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';

export const BENCH_QUERIES = [
  'MoE',
  'mixture of experts routing',
  'SSM',
  'Mamba',
  'linear attention',
  'FlashAttention',
  'KV cache',
  'speculative decoding',
  'quantization',
  'LoRA',
  'PEFT',
  'pruning',
  'distillation',
  'ViT',
  'token merging',
  'ASR',
  'diffusion transformer',
  'scaling laws',
  'model merging',
  'pipeline parallelism',
  'in-context learning',
  'graph transformer',
  'time series forecasting',
  'compress the key value cache',
  'make attention cheaper for long documents',
];

export function indexSize(dist: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  walk(join(dist, 'pagefind'));
  return { files, bytes };
}

export interface SearchBench {
  firstQueryBytes: number;
  followUpBytes: number;
  coldMs: number;
  warm: number[];
}

/** `bytesServed` reads the server's count of search-index bytes; `resetCount` zeroes it. */
export async function benchSearch(origin: string, executablePath: string | undefined, bytesServed: () => number, resetCount: () => void): Promise<SearchBench> {
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    const timeQuery = (q: string) =>
      page.evaluate(async (query) => {
        const form = document.querySelector<HTMLFormElement>('form[data-search-page]')!;
        const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
        const expected = new URLSearchParams({ q: query }).toString();
        const started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (form.dataset.renderedQuery !== expected) await new Promise((r) => setTimeout(r, 1));
        return performance.now() - started;
      }, q);
    // Everything Pagefind fetches for the first query counts, its bundle and WebAssembly included.
    resetCount();
    const coldMs = await timeQuery(BENCH_QUERIES[0]!);
    const firstQueryBytes = bytesServed();
    resetCount();
    await timeQuery('speculative decoding');
    const followUpBytes = bytesServed();
    // A first pass loads the index chunks each query needs; the second pass is the warm figure.
    for (const q of BENCH_QUERIES) await timeQuery(q);
    const warm: number[] = [];
    for (const q of BENCH_QUERIES) warm.push(await timeQuery(q));
    return { firstQueryBytes, followUpBytes, coldMs, warm };
  } finally {
    await browser.close();
  }
}
