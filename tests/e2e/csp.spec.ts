// The Content-Security-Policy allows only the site's own scripts and styles (and WebAssembly
// for Pagefind), and everything still works under it: any violation fails the test.
import { expect, test } from '@playwright/test';
import { watchViolations } from './csp-violations.ts';

test('every page type declares a CSP without unsafe-inline', async ({ page }) => {
  for (const path of ['', 'papers/', 'techniques/kv-cache/', 'papers/matformer-nested-transformer-for-elastic-inference/', 'timeline/', 'search/', 'about/']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy, path).toMatch(/style-src 'self'/);
    expect(policy, path).not.toContain('unsafe-inline');
  }
});

test('search, timeline, theme toggle and copy links work with no CSP violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  await page.goto('');
  await page.keyboard.press('/');
  await page.keyboard.type('mixture of experts');
  await expect(page.locator('#header-search-results .hit-title').first()).toBeVisible();
  await page.locator('.colour-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-colour-scheme', /light|dark/);

  await page.goto('search/?q=quantization&technique=quantization');
  await expect(page.locator('.search-results .hit-title').first()).toBeVisible();

  await page.goto('techniques/quantization/');
  await page.locator('#technique-timeline a.mark').first().focus();
  await expect(page.locator('#technique-timeline .tooltip')).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in on the time axis' }).click();
  await page.locator('.paper-item a[data-copy-link]').first().click();
  await expect(page.locator('.paper-item a[data-copy-link] .status').first()).toHaveText('copied');

  await page.goto('papers/matformer-nested-transformer-for-elastic-inference/?highlight=nested');
  await expect(page.locator('main mark').first()).toBeVisible();
  expect(violations).toEqual([]);
});
