// The import command on bad input: it never crashes, never touches curated content, reports
// each skipped line with its number, and exits non-zero when it skipped something.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatListing } from './listing-format.ts';
import { tempDir } from './temp-dir.ts';

const ABSTRACT = 'A study of something with enough words in it to count as a real abstract for the parser.';

function runImport(listings: Record<string, string | Buffer>, extraArgs: string[] = [], papersDir = tempDir('atlas-papers-')) {
  const dir = tempDir('atlas-listings-');
  const files = Object.entries(listings).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...files, '--papers-dir', papersDir, ...extraArgs], { encoding: 'utf8' });
  return { ...result, papersDir };
}

function expectNoCrash(result: { stderr: string; stdout: string }) {
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
}

describe('import command on bad input', () => {
  it('an empty file: nothing to do, success', () => {
    const result = runImport({ '000_empty.txt': '' });
    expectNoCrash(result);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('added: 0');
  });

  it('a listing with only page chrome: nothing added, success', () => {
    const result = runImport({ '000_chrome.txt': 'new\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nNov 24\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('added: 0');
  });

  it('a truncated block and a title without abstract: reported with line numbers, exit 1', () => {
    const text = `${formatListing([{ title: 'Good Paper', abstract: ABSTRACT, date: null, upvotes: null, authorCount: null }], 2025)}\nTruncated Title Alone\n`;
    const result = runImport({ '000_cut.txt': text });
    expectNoCrash(result);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/skipped: 000_cut\.txt:\d+: title without an abstract after it: Truncated Title Alone/);
    expect(result.stderr).toContain('--allow-skips');
    expect(readdirSync(result.papersDir)).toHaveLength(1);
  });

  it('--allow-skips accepts skipped lines', () => {
    const result = runImport({ '000_cut.txt': 'Truncated Title Alone\n' }, ['--allow-skips']);
    expect(result.status).toBe(0);
  });

  it('binary garbage: skipped with a reason, no crash', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73) % 256));
    const result = runImport({ '000_bin.txt': garbage });
    expectNoCrash(result);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/not text/);
  });

  it('Windows line endings import the same papers as Unix ones', () => {
    const text = formatListing(
      [{ title: 'Line Endings Paper', abstract: ABSTRACT, date: { value: '2024-05-06', precision: 'day' }, upvotes: 3, authorCount: 2 }],
      2025,
    );
    const unix = runImport({ '000_unix.txt': text });
    const windows = runImport({ '000_unix.txt': text.replace(/\n/g, '\r\n') });
    const read = (dir: string) => readdirSync(dir).map((n) => readFileSync(join(dir, n), 'utf8'));
    expect(windows.status).toBe(0);
    expect(read(windows.papersDir)).toEqual(read(unix.papersDir));
  });

  it('a 5 MB listing imports without trouble', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({
      title: `Synthetic Paper Number ${i}`,
      abstract: `${ABSTRACT} ${'More words follow here. '.repeat(40)}`,
      date: null,
      upvotes: null,
      authorCount: null,
    }));
    const text = formatListing(entries, 2025);
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = runImport({ '000_big.txt': text });
    expect(result.status).toBe(0);
    expect(readdirSync(result.papersDir)).toHaveLength(5000);
  }, 60_000);

  it('duplicate papers with conflicting dates: one entry, the conflict reported', () => {
    const a = formatListing(
      [{ title: 'Twice Listed', abstract: ABSTRACT, date: { value: '2024-01-02', precision: 'day' }, upvotes: null, authorCount: null }],
      2025,
    );
    const b = formatListing(
      [{ title: 'Twice Listed', abstract: ABSTRACT, date: { value: '2024-03-04', precision: 'day' }, upvotes: null, authorCount: null }],
      2025,
    );
    const result = runImport({ '000_a.txt': a, '001_b.txt': b });
    expect(result.status).toBe(0);
    expect(readdirSync(result.papersDir)).toHaveLength(1);
    expect(result.stdout).toMatch(/conflict: "Twice Listed" date: kept 2024-01-02 \(000_a\.txt:\d+\); also seen 2024-03-04 \(001_b\.txt:\d+\)/);
  });

  it('a broken existing entry stops the import before anything is written', () => {
    const papersDir = tempDir('atlas-papers-');
    writeFileSync(join(papersDir, 'hand-edited.mdx'), '---\ntitle: "unclosed\n---\n\nBody\n');
    const result = runImport(
      { '000_a.txt': formatListing([{ title: 'New One', abstract: ABSTRACT, date: null, upvotes: null, authorCount: null }], 2025) },
      [],
      papersDir,
    );
    expectNoCrash(result);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/content\/papers\/hand-edited\.mdx: line \d+: the frontmatter is not valid YAML/);
    expect(readdirSync(papersDir)).toEqual(['hand-edited.mdx']);
  });

  it('a missing listing file is a clear error', () => {
    const result = spawnSync(process.execPath, ['scripts/import.ts', 'no/such/listing.txt', '--papers-dir', tempDir('atlas-p-')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no/such/listing.txt: no such file');
  });
});
