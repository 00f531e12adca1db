import { expect, it } from 'vitest';
import { displayAuthorName, formatAuthorList, LONG_AUTHOR_LIST, SHOWN_OF_LONG_LIST, splitAuthorList } from '../../src/lib/authors.ts';

it('shows "Surname, Given" as "Given Surname" and leaves other names alone', () => {
  expect(displayAuthorName('Petridis, Stavros')).toBe('Stavros Petridis');
  expect(displayAuthorName('Ada Lovelace')).toBe('Ada Lovelace');
  expect(displayAuthorName('Smith, Jr., John')).toBe('Smith, Jr., John');
  expect(formatAuthorList(['Ma, Pingchuan', 'Maja Pantic'])).toBe('Pingchuan Ma, Maja Pantic');
});

const names = (n: number) => Array.from({ length: n }, (_, i) => `Author ${i + 1}`);

it('shows a list up to the long-list limit whole', () => {
  expect(splitAuthorList(names(LONG_AUTHOR_LIST))).toEqual({ shown: names(LONG_AUTHOR_LIST), hidden: [], total: LONG_AUTHOR_LIST });
  expect(splitAuthorList([])).toEqual({ shown: [], hidden: [], total: 0 });
});

it('cuts a longer list to its first names, keeping the rest in order and the true count', () => {
  const all = names(LONG_AUTHOR_LIST + 1);
  const parts = splitAuthorList(all);
  expect(parts.shown).toEqual(all.slice(0, SHOWN_OF_LONG_LIST));
  expect([...parts.shown, ...parts.hidden]).toEqual(all);
  expect(parts.total).toBe(all.length);
  expect(splitAuthorList(['Ma, Pingchuan', 'B', 'C'], 2, 1)).toEqual({ shown: ['Pingchuan Ma'], hidden: ['B', 'C'], total: 3 });
});
