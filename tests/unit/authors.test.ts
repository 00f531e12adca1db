import { expect, it } from 'vitest';
import { displayAuthorName, formatAuthorList } from '../../src/lib/authors.ts';

it('shows "Surname, Given" as "Given Surname" and leaves other names alone', () => {
  expect(displayAuthorName('Petridis, Stavros')).toBe('Stavros Petridis');
  expect(displayAuthorName('Ada Lovelace')).toBe('Ada Lovelace');
  expect(displayAuthorName('Smith, Jr., John')).toBe('Smith, Jr., John');
  expect(formatAuthorList(['Ma, Pingchuan', 'Maja Pantic'])).toBe('Pingchuan Ma, Maja Pantic');
});
