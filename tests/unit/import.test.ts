import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseListing, type ListingEntry } from '../../src/lib/listing.ts';
import { formatListing } from './listing-format.ts';
import { mergeListingEntries } from '../../src/lib/merge-listings.ts';
import { planImport, ImportError } from '../../src/lib/import-plan.ts';
import { splitPaperFile, updatePaperFile } from '../../src/lib/paper-file.ts';
import { normaliseTitle } from '../../src/lib/titles.ts';

const YEAR = 2025;
type Folder = Map<string, string>;

/** Runs the import's pure core over listing texts into an in-memory papers folder. */
function importInto(folder: Folder, listings: [string, string][]) {
  const entries = listings.flatMap(([name, text]) => parseListing(text, name, { captureYear: YEAR }).entries);
  const { papers, conflicts } = mergeListingEntries(entries);
  const plan = planImport(
    papers,
    [...folder].map(([name, text]) => ({ name, text })),
  );
  for (const write of plan.writes) folder.set(write.name, write.text);
  return { plan, conflicts: [...conflicts, ...plan.conflicts] };
}

const ABSTRACT = 'We study a problem in depth and report results that are long enough to be an abstract here.';
const entry = (title: string, date: string | null, extra: Partial<ListingEntry> = {}) => ({
  title,
  abstract: `${ABSTRACT} (${title})`,
  date: date ? { value: date, precision: 'day' as const } : null,
  upvotes: null,
  authorCount: null,
  ...extra,
});

describe('merging duplicates', () => {
  it('merges copies of one paper across listings, keeping every fact any copy has', () => {
    const a = formatListing([entry('Sparse Experts: A Study', null, { authorCount: 4, abstract: ABSTRACT })], YEAR);
    const b = formatListing([entry('Sparse experts - a study', '2024-03-05', { upvotes: 7, abstract: ABSTRACT })], YEAR);
    const folder: Folder = new Map();
    const { plan, conflicts } = importInto(folder, [
      ['000_a.txt', a],
      ['001_b.txt', b],
    ]);
    expect(plan.added).toHaveLength(1);
    const { data } = splitPaperFile([...folder.values()][0]!);
    expect(data).toMatchObject({
      title: 'Sparse Experts: A Study',
      listings: ['000_a.txt', '001_b.txt'],
      authorCount: 4,
      upvotes: 7,
      date: '2024-03-05',
      datePrecision: 'day',
      dateSource: 'listing',
    });
    expect(conflicts.map((c) => c.field)).toEqual(['title']);
  });

  it('reports two different dates for one paper instead of choosing silently', () => {
    const a = formatListing([entry('One Paper', '2024-01-02')], YEAR);
    const b = formatListing([entry('One Paper', '2024-02-03')], YEAR);
    const { conflicts } = importInto(new Map(), [
      ['000_a.txt', a],
      ['001_b.txt', b],
    ]);
    expect(conflicts).toEqual([
      {
        title: 'One Paper',
        field: 'date',
        kept: expect.stringMatching(/^2024-01-02 \(000_a\.txt:\d+\)$/),
        others: [expect.stringMatching(/^2024-02-03 \(001_b\.txt:\d+\)$/)],
      },
    ]);
  });
});

describe('re-importing', () => {
  const listing = formatListing([entry('Alpha Paper', '2024-01-02', { authorCount: 3 }), entry('Beta Paper', null)], YEAR);

  it('changes no file on a second run', () => {
    const folder: Folder = new Map();
    importInto(folder, [['000_a.txt', listing]]);
    const before = new Map(folder);
    const { plan } = importInto(folder, [['000_a.txt', listing]]);
    expect(plan.writes).toEqual([]);
    expect(plan.unchanged).toHaveLength(2);
    expect(folder).toEqual(before);
  });

  it('never overwrites curated fields or a hand-edited abstract, and reports the disagreement', () => {
    const folder: Folder = new Map();
    importInto(folder, [['000_a.txt', listing]]);
    const name = [...folder.keys()].find((n) => n.startsWith('alpha'))!;
    const curated = updatePaperFile(folder.get(name)!, {
      title: 'Alpha Paper (corrected)',
      date: '2023-12-30',
      primary: 'quantization',
      gist: 'Ours.',
      notes: 'Checked by hand.',
    }).replace(/\n\n[\s\S]*$/, '\n\nA hand-edited abstract.\n');
    folder.set(name, curated);
    const { plan, conflicts } = importInto(folder, [
      ['000_a.txt', listing],
      ['002_c.txt', listing],
    ]);
    const { data, body } = splitPaperFile(folder.get(name)!);
    expect(data).toMatchObject({
      title: 'Alpha Paper (corrected)',
      date: '2023-12-30',
      primary: 'quantization',
      gist: 'Ours.',
      notes: 'Checked by hand.',
      listings: ['000_a.txt', '002_c.txt'],
    });
    expect(body.trim()).toBe('A hand-edited abstract.');
    expect(plan.merged).toContain(name);
    expect(conflicts.map((c) => c.field).sort()).toEqual(['abstract (body)', 'date']);
  });

  it('refuses to run over an entry it cannot read, and writes nothing', () => {
    const folder: Folder = new Map([['broken.mdx', 'no frontmatter here']]);
    expect(() => importInto(folder, [['000_a.txt', listing]])).toThrow(ImportError);
    expect([...folder.keys()]).toEqual(['broken.mdx']);
  });

  it('gives a new paper whose title clashes with an existing slug a slug of its own', () => {
    const folder: Folder = new Map();
    importInto(folder, [['000_a.txt', formatListing([entry('Same Words!', null)], YEAR)]]);
    importInto(folder, [['001_b.txt', formatListing([entry('Same Words?', null), entry('Same words 2', null)], YEAR)]]);
    const slugs = [...folder.values()].map((t) => splitPaperFile(t).data.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

// Property-based: listings generated from arbitrary titles, abstracts and metadata.
const wordArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9{}<>$^&'-]{0,9}$/);
const titleArb = fc.array(wordArb, { minLength: 2, maxLength: 8 }).map((w) => w.join(' '));
const abstractArb = fc.array(wordArb, { minLength: 14, maxLength: 40 }).map((w) => `${w.join(' ')}.`);
const dateArb = fc.option(
  fc
    .record({ y: fc.integer({ min: 2015, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => ({ value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day' as const })),
);
const entryArb = fc
  .record({ title: titleArb, abstract: abstractArb, date: dateArb, upvotes: fc.option(fc.nat(500)), authorCount: fc.option(fc.integer({ min: 1, max: 60 })) })
  .map((e) => ({ ...e, upvotes: e.date ? e.upvotes : null }));
const listingArb = fc.uniqueArray(entryArb, { minLength: 1, maxLength: 8, selector: (e) => normaliseTitle(e.title) });

describe('import properties', () => {
  it('parse(format(x)) gives back x', () => {
    fc.assert(
      fc.property(listingArb, (entries) => {
        const parsed = parseListing(formatListing(entries, YEAR), 'x.txt', { captureYear: YEAR });
        expect(parsed.skipped).toEqual([]);
        expect(parsed.entries.map(({ title, abstract, date, upvotes, authorCount }) => ({ title, abstract, date, upvotes, authorCount }))).toEqual(entries);
      }),
    );
  });

  it('importing twice is a no-op', () => {
    fc.assert(
      fc.property(listingArb, (entries) => {
        const folder: Folder = new Map();
        const text = formatListing(entries, YEAR);
        importInto(folder, [['000_x.txt', text]]);
        const snapshot = new Map(folder);
        expect(importInto(folder, [['000_x.txt', text]]).plan.writes).toEqual([]);
        expect(folder).toEqual(snapshot);
      }),
    );
  });

  it('importing A then B equals B then A for disjoint papers', () => {
    fc.assert(
      fc.property(
        listingArb.chain((a) =>
          listingArb.map(
            (b) =>
              [
                a,
                b.filter(
                  (e) =>
                    !a.some(
                      (x) =>
                        normaliseTitle(x.title) === normaliseTitle(e.title) ||
                        x.title.toLowerCase().replace(/[^a-z0-9]/g, '') === e.title.toLowerCase().replace(/[^a-z0-9]/g, ''),
                    ),
                ),
              ] as const,
          ),
        ),
        ([a, b]) => {
          const textA = formatListing(a, YEAR);
          const textB = formatListing(b, YEAR);
          const ab: Folder = new Map();
          importInto(ab, [['000_a.txt', textA]]);
          importInto(ab, [['001_b.txt', textB]]);
          const ba: Folder = new Map();
          importInto(ba, [['001_b.txt', textB]]);
          importInto(ba, [['000_a.txt', textA]]);
          expect(new Map([...ab].sort())).toEqual(new Map([...ba].sort()));
        },
      ),
    );
  });
});
