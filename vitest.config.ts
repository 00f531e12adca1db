import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests read, render or validate the whole collection, which takes seconds on a busy
    // machine: the default 5 s limit turned them into speed tests (speed belongs in the bench).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
