import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, pagefindOptions, searchStateFromParams, searchStateToParams } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips every field', () => {
    const state = { q: 'kv cache & more', technique: 'kv-cache', theme: 'inference-serving', year: '2024', code: 'yes' as const, sort: 'newest' as const };
    expect(searchStateFromParams(new URLSearchParams(searchStateToParams(state).toString()))).toEqual(state);
  });

  it('keeps defaults out of the URL', () => {
    expect(searchStateToParams({ ...EMPTY_SEARCH, q: 'moe' }).toString()).toBe('q=moe');
  });

  it('ignores values it cannot use', () => {
    expect(searchStateFromParams(new URLSearchParams('sort=sideways&year=20x4'))).toEqual(EMPTY_SEARCH);
  });

  it('turns filters and sort into Pagefind options', () => {
    expect(pagefindOptions({ ...EMPTY_SEARCH, code: 'yes' })).toEqual({ filters: { code: 'yes' } });
    expect(pagefindOptions({ ...EMPTY_SEARCH, technique: 'quantization', sort: 'oldest' })).toEqual({
      filters: { technique: 'quantization' },
      sort: { date: 'asc' },
    });
    expect(pagefindOptions(EMPTY_SEARCH)).toEqual({ filters: {} });
  });
});
