// Every page type reads on a 360 px phone: nothing sticks out sideways (a wide table or chart
// may scroll inside its own box, never the page), in light and dark schemes alike.
import { expect, test } from '@playwright/test';

const PAGES = [
  '',
  'techniques/',
  'techniques/mixture-of-experts/',
  'papers/',
  'papers/matformer-nested-transformer-for-elastic-inference/',
  'timeline/',
  'search/?q=kv%20cache',
  'about/',
  'no-such-page/',
];

test.use({ viewport: { width: 360, height: 740 } });

for (const path of PAGES) {
  test(`/${path} has no sideways overflow at 360 px`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('search/')) await expect(page.locator('.search-results .hit-title').first()).toBeVisible();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          // Inside a box that scrolls or clips on its own, overflow is that box's business.
          for (let p = el.parentElement; p; p = p.parentElement) {
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return false;
          }
          return box.width > 0 && box.right > width + 1;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5) };
    });
    expect(overflow.culprits).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
  });
}
