// End-to-end tests run against the production build served by `astro preview`, hosted under a
// sub-path so every journey also proves that links respect `base`.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

export const E2E_BASE = '/atlas/';
// ATLAS_E2E_PORT moves both servers, so that two checkouts on one machine can test at once.
const PORT = Number(process.env.ATLAS_E2E_PORT ?? 4329);
/** The fixture build (dist-fixture/, at the root) is served by a plain static file server. */
export const FIXTURE_PORT = PORT + 1;
// Debian's Chromium where it exists; Playwright's own browser only as a fallback.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'site', testIgnore: /fixture\// },
    { name: 'fixture', testMatch: /fixture\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}/` } },
  ],
  webServer: [
    {
      // The preview server reads the base from the same variable the build used.
      command: `astro preview --port ${PORT} --host 127.0.0.1`,
      env: { ATLAS_BASE: E2E_BASE },
      url: `http://127.0.0.1:${PORT}${E2E_BASE}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `sirv dist-fixture --port ${FIXTURE_PORT} --host 127.0.0.1 --quiet`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
