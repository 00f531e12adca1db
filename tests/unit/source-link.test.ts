import { expect, it } from 'vitest';
import { sourceLink } from '../../src/lib/source-link.ts';
import { dateSourceLabel } from '../../src/lib/dates.ts';

it('links a page that was read, by its host', () => {
  expect(sourceLink('https://arxiv.org/abs/2207.10551')).toEqual({ href: 'https://arxiv.org/abs/2207.10551', text: 'arxiv.org' });
});

it('describes a full-text search hit without inventing an address for it', () => {
  expect(sourceLink('find_string id 38157738506 (GitHub file; repository not recorded)')).toEqual({
    href: null,
    text: 'a GitHub file found by full-text search (repository not recorded)',
  });
});

it('names the kind of date shown', () => {
  expect(dateSourceLabel('arxiv')).toBe('First arXiv version (v1)');
  expect(dateSourceLabel('listing')).toBe('Date in the source listing');
  expect(dateSourceLabel('arxiv-id')).toBe('Month of the arXiv identifier');
  expect(dateSourceLabel(null)).toMatch(/source unknown/);
});
