import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Several tests run the real CLI in a child process; on a loaded machine one takes seconds.
    // Speed is measured by `npm run bench`, so a slow run must not fail a test.
    testTimeout: 30_000,
  },
});
