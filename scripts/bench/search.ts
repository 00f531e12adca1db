// Search in headless Chromium against a static server: index size, bytes transferred for a
// first and a follow-up query, and time from the last keystroke to rendered results.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';

export const BENCH_QUERIES = [
  'MoE', 'mixture of experts routing', 'SSM', 'Mamba', 'linear attention', 'FlashAttention', 'KV cache', 'speculative decoding',
  'quantization', 'LoRA', 'PEFT', 'pruning', 'distillation', 'ViT', 'token merging', 'ASR', 'diffusion transformer',
  'scaling laws', 'model merging', 'pipeline parallelism', 'in-context learning', 'graph transformer', 'time series forecasting',
  'compress the key value cache', 'make attention cheaper for long documents',
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

export async function benchSearch(origin: string, executablePath: string | undefined): Promise<SearchBench> {
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    let pagefindBytes = 0;
    const urls = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      if (urls.get(e.requestId)?.includes('/pagefind/')) pagefindBytes += e.encodedDataLength;
    });
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
    const coldMs = await timeQuery(BENCH_QUERIES[0]!);
    const firstQueryBytes = pagefindBytes;
    pagefindBytes = 0;
    await timeQuery('expert routing');
    const followUpBytes = pagefindBytes;
    // A first pass loads the index chunks each query needs; the second pass is the warm figure.
    for (const q of BENCH_QUERIES) await timeQuery(q);
    const warm: number[] = [];
    for (const q of BENCH_QUERIES) warm.push(await timeQuery(q));
    return { firstQueryBytes, followUpBytes, coldMs, warm };
  } finally {
    await browser.close();
  }
}
