import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ArxivIdError, arxivLinks, monthOfArxivId, parseArxivId } from '../../src/lib/arxiv.ts';
import { ArxivApiError, parseArxivAtom } from '../../src/lib/arxiv-api.ts';
import { arxivMetadataUpdate, authorsUpdate, withinOneDay } from '../../src/lib/arxiv-metadata.ts';
import type { Paper } from '../../src/lib/schemas.ts';

describe('parseArxivId', () => {
  it.each([
    ['2106.09685', '2106.09685'],
    ['2106.09685v3', '2106.09685'],
    ['arXiv:2106.09685v2', '2106.09685'],
    ['https://arxiv.org/abs/2106.09685', '2106.09685'],
    ['https://arxiv.org/abs/2106.09685v3', '2106.09685'],
    ['https://arxiv.org/pdf/2106.09685.pdf', '2106.09685'],
    ['https://arxiv.org/pdf/2106.09685v1', '2106.09685'],
    ['http://export.arxiv.org/abs/1706.03762', '1706.03762'],
    ['0704.0001', '0704.0001'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['hep-th/9901001v2', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['cs/0501001', 'cs/0501001'],
  ])('reads %s as %s', (input, id) => {
    expect(parseArxivId(input)).toBe(id);
  });

  it.each(['2113.00001', '1406.12345', '1501.1234', 'not an id', 'https://example.org/abs/2106.09685', ''])('refuses %j with a clear error', (input) => {
    expect(() => parseArxivId(input)).toThrow(ArxivIdError);
  });
});

describe('monthOfArxivId', () => {
  it('reads the month from new and old style ids', () => {
    expect(monthOfArxivId('2106.09685')).toBe('2021-06');
    expect(monthOfArxivId('0704.0001')).toBe('2007-04');
    expect(monthOfArxivId('hep-th/9901001')).toBe('1999-01');
    expect(monthOfArxivId('cs/0501001')).toBe('2005-01');
  });
});

describe('arxivLinks', () => {
  it('links the abstract, PDF, Hugging Face Papers and Semantic Scholar', () => {
    expect(arxivLinks('2106.09685')).toEqual({
      abstract: 'https://arxiv.org/abs/2106.09685',
      pdf: 'https://arxiv.org/pdf/2106.09685',
      huggingFace: 'https://huggingface.co/papers/2106.09685',
      semanticScholar: 'https://www.semanticscholar.org/arxiv/2106.09685',
    });
  });
});

describe('parseArxivAtom', () => {
  it('reads id, title, abstract, authors and first-version date from an API answer', () => {
    const record = parseArxivAtom(readFileSync('tests/fixtures/arxiv-api/2401.99999.xml', 'utf8'));
    expect(record).toEqual({
      arxivId: '2401.99999',
      title: 'Sparse Fixture Experts: A Test Paper with a Wrapped Title',
      abstract: 'We route each token to {two} experts and show that $O(n^2)$ attention & a <b>fixture</b> are enough for testing.',
      authors: ['Ada Fixture', 'Björn Testcase'],
      published: '2024-01-30',
    });
  });

  it('turns the API error entry into an error', () => {
    expect(() => parseArxivAtom(readFileSync('tests/fixtures/arxiv-api/error.xml', 'utf8'))).toThrow(ArxivApiError);
  });
});

const paper = (overrides: Partial<Paper>): Paper => ({
  title: 'T',
  slug: 't',
  origin: 'listing',
  date: null,
  datePrecision: null,
  dateSource: null,
  upvotes: null,
  authorCount: null,
  listings: ['000_x.txt'],
  arxivId: null,
  authors: [],
  primary: 'quantization',
  related: [],
  gist: '',
  notes: '',
  code: null,
  buildsOn: [],
  ...overrides,
});
const row = {
  slug: 't',
  title: 'T',
  status: 'resolved',
  arxiv_id: '2310.07707',
  authors: 'A One; B Two',
  arxiv_date: '',
  source_url: 'https://arxiv.org/abs/2310.07707',
  looked_up: '2026-11-23',
};

describe('arxivMetadataUpdate (date derivation)', () => {
  it('derives a month-precision date from the id when nothing else is known', () => {
    expect(arxivMetadataUpdate(paper({}), row).changes).toEqual({
      arxivId: '2310.07707',
      authors: ['A One', 'B Two'],
      date: '2023-10',
      datePrecision: 'month',
      dateSource: 'arxiv-id',
    });
  });

  it('takes the exact v1 day where a source shows it and it agrees with the id', () => {
    expect(arxivMetadataUpdate(paper({}), { ...row, arxiv_date: '2023-10-11' }).changes).toMatchObject({
      date: '2023-10-11',
      datePrecision: 'day',
      dateSource: 'arxiv',
    });
  });

  it('accepts a v1 day at the very end of the month before the id month', () => {
    expect(arxivMetadataUpdate(paper({}), { ...row, arxiv_date: '2023-09-30' }).changes).toMatchObject({ date: '2023-09-30', datePrecision: 'day' });
    expect(arxivMetadataUpdate(paper({}), { ...row, arxiv_date: '2023-09-10' }).changes).toMatchObject({ date: '2023-10', datePrecision: 'month' });
  });

  it('keeps the listing day and reports when it disagrees with the id month', () => {
    const result = arxivMetadataUpdate(paper({ date: '2024-01-05', datePrecision: 'day', dateSource: 'listing' }), row);
    expect(result.changes.date).toBeUndefined();
    expect(result.notes).toEqual(["date: the listing says 2024-01-05, the arXiv id says 2023-10; kept the listing's"]);
  });

  it("prefers arXiv's v1 day to a listing day one day earlier (time zones), and says so", () => {
    const listed = paper({ date: '2023-10-10', datePrecision: 'day', dateSource: 'listing' });
    const result = arxivMetadataUpdate(listed, { ...row, arxiv_date: '2023-10-11' });
    expect(result.changes).toMatchObject({ date: '2023-10-11', datePrecision: 'day', dateSource: 'arxiv' });
    expect(result.notes).toContain("date: the listing says 2023-10-10, arXiv v1 is 2023-10-11 (time zones); took arXiv's");
  });

  it('marks a listing day that equals the v1 day as the arXiv date, without a note', () => {
    const listed = paper({ date: '2023-10-11', datePrecision: 'day', dateSource: 'listing' });
    const result = arxivMetadataUpdate(listed, { ...row, arxiv_date: '2023-10-11' });
    expect(result.changes).toMatchObject({ date: '2023-10-11', dateSource: 'arxiv' });
    expect(result.notes.filter((n) => n.startsWith('date:'))).toEqual([]);
  });

  it('keeps a listing day two or more days from the v1 day', () => {
    const listed = paper({ date: '2023-10-08', datePrecision: 'day', dateSource: 'listing' });
    expect(arxivMetadataUpdate(listed, { ...row, arxiv_date: '2023-10-11' }).changes.date).toBeUndefined();
  });

  it('never replaces an id or authors the entry already has', () => {
    const result = arxivMetadataUpdate(paper({ arxivId: '2101.00001', authors: ['Kept'] }), row);
    expect(result.changes).toEqual({});
    expect(result.notes[0]).toMatch(/kept the entry's/);
  });

  it('reports an author count that disagrees with the author list', () => {
    expect(arxivMetadataUpdate(paper({ authorCount: 3 }), row).notes).toContain('authors: the listing counts 3, the source lists 2');
  });
});

describe('authorsUpdate (author lists from content/provenance/authors.tsv)', () => {
  it('fills the names of an entry that has none, trimmed and in order', () => {
    expect(authorsUpdate(paper({ authorCount: 2 }), ' Ada Lovelace ;Alan Turing ')).toEqual({
      changes: { authors: ['Ada Lovelace', 'Alan Turing'] },
      notes: [],
    });
  });

  it('never replaces a list the entry has, and ignores an empty field', () => {
    expect(authorsUpdate(paper({ authors: ['Kept Name'] }), 'Other Name').changes).toEqual({});
    expect(authorsUpdate(paper({}), ' ; ').changes).toEqual({});
  });

  it('turns a source\'s "Last, First" into "First Last", keeping the order', () => {
    expect(authorsUpdate(paper({}), 'Trockman, Asher; Kolter, J Zico').changes).toEqual({ authors: ['Asher Trockman', 'J Zico Kolter'] });
  });

  it('reports a count that disagrees with the listing', () => {
    expect(authorsUpdate(paper({ authorCount: 5 }), 'A; B').notes).toEqual(['authors: the listing counts 5, the source lists 2']);
  });
});

describe('withinOneDay', () => {
  it('is true for the same or adjacent days, across a month end, and false otherwise', () => {
    expect(withinOneDay('2024-06-23', '2024-06-24')).toBe(true);
    expect(withinOneDay('2024-06-30', '2024-07-01')).toBe(true);
    expect(withinOneDay('2024-06-24', '2024-06-24')).toBe(true);
    expect(withinOneDay('2024-06-22', '2024-06-24')).toBe(false);
    expect(withinOneDay('2024-06', '2024-06-01')).toBe(false);
  });
});
