// Accessibility: axe-core finds no WCAG 2.2 A/AA violation on any page type, in the light and
// the dark scheme; the keyboard reaches everything with a visible focus.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['home', ''],
  ['technique', 'techniques/mixture-of-experts/'],
  ['paper', 'papers/matformer-nested-transformer-for-elastic-inference/'],
  ['all papers', 'papers/'],
  [
    'search with results open',
    'search/?q=quantization',
    async (page) => {
      await expect(page.locator('.search-results .hit-title').first()).toBeVisible();
      await page.locator('#header-search-input').fill('expert');
      await expect(page.locator('#header-search-results .hit-title').first()).toBeVisible();
    },
  ],
  ['timeline', 'timeline/'],
  ['about', 'about/'],
  ['techniques', 'techniques/'],
  ['404', 'no/such/page/'],
];

// axe walks every node: on the pages that list every paper that takes longer than the default 30 s
// on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path, prepare] of PAGES) {
    test(`${name} page has no axe violations (${scheme})`, async ({ page }) => {
      // axe checks every cell of the all-papers table: close to a minute on a busy machine.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (prepare) await prepare(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
      expect(summary).toEqual([]);
    });
  }
}

/** The focused element and whether it shows a focus indicator. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return { tag: el.tagName, text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40), visible };
  });
}

test('keyboard-only walk: skip link, header, search and lists, each with a visible focus', async ({ page }) => {
  await page.goto('techniques/kv-cache/');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ text: 'Skip to content', visible: true });
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now?.visible, `focus ring on ${now?.tag} ${now?.text}`).toBe(true);
    seen.push(now!.text);
  }
  expect(seen).toEqual(expect.arrayContaining(['Transformer Atlas', 'Techniques', 'Papers', 'Search']));
  await page.keyboard.press('Control+k');
  await page.keyboard.type('cache');
  await expect(page.locator('#header-search-results .hit-title').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ tag: 'A', visible: true });
});
