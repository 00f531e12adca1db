import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseListing } from '../../src/lib/listing.ts';
import { contentPapers } from '../content.ts';

const options = { captureYear: 2025 };

const BLOCK_LAYOUT = `new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Nov 24

γ-MoD: Exploring Mixture-of-Depth Adaptation for Multimodal Large Language Models

Despite the significant progress in multimodal large language models, their high computational cost remains a barrier; we cut it with $O(n^2)$ and D^{2}MoE {braces} <angles> & ampersands.

  • 7 authors
·
Oct 17, 2024 2

"Give Me BF16 or Give Me Death"? Accuracy-Performance Trade-Offs in LLM Quantization

Despite the popularity of large language model quantization for inference acceleration, significant uncertainty remains regarding the accuracy-performance trade-offs.

nvidia NVIDIA
Jan 27

DεpS: Delayed ε-Shrinking for Faster Once-For-All Training

We propose a training schedule that delays shrinking of the supernet so that once-for-all training converges faster and better.

  • 1 author
May 17 8
`;

const LINE_LAYOUT = [
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'SubscribeTarget-point Attention Transformer: A novel trajectory predict network',
  'In the field of autonomous driving, there have been many excellent perception models for object detection, semantic segmentation, and other tasks.',
  "Can a student Large Language Model perform as well as it's teacher?",
  'The burgeoning complexity of contemporary deep learning models, while achieving unparalleled accuracy, has inadvertently introduced deployment challenges.',
].join('\n');

describe('parseListing, block layout (files 000, 002, 004)', () => {
  const parsed = parseListing(BLOCK_LAYOUT, '000_test.txt', options);

  it('finds each paper and treats page chrome as chrome, not papers', () => {
    expect(parsed.entries.map((e) => e.title)).toEqual([
      'γ-MoD: Exploring Mixture-of-Depth Adaptation for Multimodal Large Language Models',
      '"Give Me BF16 or Give Me Death"? Accuracy-Performance Trade-Offs in LLM Quantization',
      'DεpS: Delayed ε-Shrinking for Faster Once-For-All Training',
    ]);
    expect(parsed.skipped).toEqual([]);
  });

  it('reads author count, date with year, and upvotes', () => {
    expect(parsed.entries[0]).toMatchObject({ authorCount: 7, date: { value: '2024-10-17', precision: 'day' }, upvotes: 2, line: 13 });
  });

  it('puts a date without a year in the capture year and skips the organisation badge', () => {
    expect(parsed.entries[1]).toMatchObject({ authorCount: null, date: { value: '2025-01-27', precision: 'day' }, upvotes: null });
  });

  it('reads "May 17 8" as 17 May of the capture year with 8 upvotes, and "1 author"', () => {
    expect(parsed.entries[2]).toMatchObject({ authorCount: 1, date: { value: '2025-05-17' }, upvotes: 8 });
  });

  it('keeps abstracts exactly as written, MDX syntax included', () => {
    expect(parsed.entries[0]!.abstract).toContain('$O(n^2)$ and D^{2}MoE {braces} <angles> & ampersands.');
  });
});

describe('parseListing, line layout (files 001, 003)', () => {
  const parsed = parseListing(LINE_LAYOUT, '001_test.txt', options);

  it('unglues the first title from "Subscribe" and pairs titles with abstracts', () => {
    expect(parsed.entries.map((e) => e.title)).toEqual([
      'Target-point Attention Transformer: A novel trajectory predict network',
      "Can a student Large Language Model perform as well as it's teacher?",
    ]);
    expect(parsed.entries.every((e) => e.date === null && e.authorCount === null)).toBe(true);
  });
});

describe('parseListing on bad input', () => {
  it('reports a title without an abstract with its line number', () => {
    const parsed = parseListing(
      'Lonely Title Without Abstract\n\nAnother Title\n\nThis abstract is long enough to be prose, with a dozen words or more in it.\n',
      'x.txt',
      options,
    );
    expect(parsed.entries.map((e) => e.title)).toEqual(['Another Title']);
    expect(parsed.skipped).toEqual([{ listing: 'x.txt', line: 1, text: 'Lonely Title Without Abstract', reason: 'title without an abstract after it' }]);
  });

  it('reads Windows line endings like Unix ones', () => {
    const unix = parseListing(BLOCK_LAYOUT, 'a.txt', options);
    const windows = parseListing(BLOCK_LAYOUT.replace(/\n/g, '\r\n'), 'a.txt', options);
    expect(windows).toEqual(unix);
  });

  it('skips binary garbage with a reason instead of throwing', () => {
    const parsed = parseListing('\u0000\u0001\u0002garbage\ufffd\n', 'bin.txt', options);
    expect(parsed.entries).toEqual([]);
    expect(parsed.skipped[0]).toMatchObject({ line: 1, reason: expect.stringContaining('not text') });
  });

  it('returns nothing for an empty file or one with only chrome', () => {
    expect(parseListing('', 'e.txt', options)).toEqual({ entries: [], skipped: [], chrome: 0 });
    expect(parseListing('new\n\nSubscribe\n\nDaily Papers\n\nNov 24\n', 'c.txt', options)).toMatchObject({ entries: [], skipped: [] });
  });

  it('refuses an impossible calendar date', () => {
    const parsed = parseListing('A Title\n\nThis abstract is long enough to be prose, with a dozen words or more in it.\n\nFeb 30, 2024\n', 'd.txt', options);
    expect(parsed.entries[0]!.date).toBeNull();
    expect(parsed.skipped[0]!.reason).toBe('impossible calendar date');
  });
});

describe('the listing captures in content/sources', () => {
  it('parse with nothing skipped, into exactly the papers whose entries name a listing', async () => {
    const { readdirSync } = await import('node:fs');
    const { normaliseTitle } = await import('../../src/lib/titles.ts');
    const files = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));
    const parsed = files.map((f) => parseListing(readFileSync(`content/sources/${f}`, 'utf8'), f, options));
    expect(parsed.flatMap((p) => p.skipped)).toEqual([]);
    const entries = parsed.flatMap((p) => p.entries);
    // Each entry is one appearance of a paper in a listing; papers added by id have none.
    const listed = contentPapers.filter((p) => p.listings.length > 0);
    expect(entries).toHaveLength(listed.reduce((sum, p) => sum + p.listings.length, 0));
    expect(new Set(entries.map((e) => normaliseTitle(e.title))).size).toBe(listed.length);
  });
});
