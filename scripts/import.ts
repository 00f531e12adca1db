// npm run import [-- listing.txt ...] [--allow-skips] [--capture-year 2025]
// Reads listings (default: every .txt in content/sources/), merges them and writes
// content/papers/*.mdx without ever overwriting curated fields or hand-edited text.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseListing, type ListingEntry, type SkippedLine } from '../src/lib/listing.ts';
import { mergeListingEntries } from '../src/lib/merge-listings.ts';
import { ImportError, planImport } from '../src/lib/import-plan.ts';
import { readMdxFiles } from '../src/lib/content-files.ts';

const SOURCES = 'content/sources';
const DEFAULT_CAPTURE_YEAR = 2025; // the year the five seed listings were captured

interface Options {
  files: string[];
  allowSkips: boolean;
  captureYear: number;
  papersDir: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { files: [], allowSkips: false, captureYear: DEFAULT_CAPTURE_YEAR, papersDir: 'content/papers' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--allow-skips') options.allowSkips = true;
    else if (arg === '--capture-year') options.captureYear = Number(argv[++i]);
    else if (arg === '--papers-dir') options.papersDir = argv[++i]!;
    else if (arg.startsWith('--')) fail(`unknown option ${arg} (known: --allow-skips, --capture-year YYYY, --papers-dir DIR)`);
    else options.files.push(arg);
  }
  if (!Number.isInteger(options.captureYear) || options.captureYear < 1990) fail('--capture-year needs a year such as 2025');
  if (options.files.length === 0) {
    options.files = readdirSync(SOURCES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(SOURCES, f));
  }
  return options;
}

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(2);
}

function readListing(path: string): string {
  if (!existsSync(path)) fail(`${path}: no such file`);
  return readFileSync(path, 'utf8');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const entries: ListingEntry[] = [];
  const skipped: SkippedLine[] = [];
  for (const file of options.files) {
    const parsed = parseListing(readListing(file), basename(file), { captureYear: options.captureYear });
    entries.push(...parsed.entries);
    skipped.push(...parsed.skipped);
    console.log(`${file}: ${parsed.entries.length} papers, ${parsed.chrome} chrome lines, ${parsed.skipped.length} skipped`);
  }
  const { papers, conflicts: listingConflicts } = mergeListingEntries(entries);
  let plan;
  try {
    plan = planImport(papers, readMdxFiles(options.papersDir));
  } catch (error) {
    if (error instanceof ImportError) fail(error.message);
    throw error;
  }
  mkdirSync(options.papersDir, { recursive: true });
  for (const write of plan.writes) writeFileSync(resolve(options.papersDir, write.name), write.text);

  const conflicts = [...listingConflicts, ...plan.conflicts];
  console.log(
    `\n${entries.length} listing entries -> ${papers.length} distinct papers\n` +
      `added: ${plan.added.length}, merged: ${plan.merged.length}, unchanged: ${plan.unchanged.length}, ` +
      `conflicts: ${conflicts.length}, skipped lines: ${skipped.length}`,
  );
  for (const c of conflicts) console.log(`conflict: "${c.title}" ${c.field}: kept ${c.kept}; also seen ${c.others.join('; ')}`);
  for (const s of skipped) console.log(`skipped: ${s.listing}:${s.line}: ${s.reason}: ${s.text}`);
  if (skipped.length > 0 && !options.allowSkips) {
    console.error(`import: ${skipped.length} line(s) skipped; fix the listing or pass --allow-skips to accept that.`);
    process.exit(1);
  }
}

main();
