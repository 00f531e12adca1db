// Lighthouse (mobile profile, its default) driving the system Chromium: the four category
// scores per page, and the audits that kept a score below 100.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseScores {
  url: string;
  scores: Record<string, number>;
  /** Failing audits per category below 100, by title. */
  misses: string[];
}

export async function runLighthouse(urls: string[], chromePath: string | undefined): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const results: LighthouseScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`lighthouse gave no result for ${url}`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
      const misses = Object.values(categories)
        .filter((c) => (c.score ?? 0) < 1)
        .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c.id}: ${audits[ref.id]!.title}`));
      results.push({ url, scores, misses });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
