// Tests derive collection counts from content/ (tests/content.ts): a count written into a test
// as a number turns the suite red as soon as someone runs `npm run add`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAPER_COUNT } from '../content.ts';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('test files', () => {
  it("never pin today's paper count", () => {
    const pinned = new RegExp(`(?<![\\d.])${PAPER_COUNT}(?![\\d.])`);
    const offenders = testFiles('tests').filter((path) => pinned.test(readFileSync(path, 'utf8')));
    expect(offenders, `use PAPER_COUNT from tests/content.ts instead of ${PAPER_COUNT}`).toEqual([]);
  });
});
