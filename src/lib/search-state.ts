// The state of a search as it lives in the URL (?q=moe&technique=quantization&sort=newest),
// so a search can be shared and reloaded.

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  technique: string;
  theme: string;
  year: string;
  /** 'yes' keeps only papers with a code repository. */
  code: '' | 'yes';
  sort: SearchSort;
}

export const EMPTY_SEARCH: SearchState = { q: '', technique: '', theme: '', year: '', code: '', sort: 'relevance' };

export function searchStateFromParams(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? '';
  const year = params.get('year') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    technique: params.get('technique') ?? '',
    theme: params.get('theme') ?? '',
    year: /^\d{4}$/.test(year) ? year : '',
    code: params.get('code') === 'yes' ? 'yes' : '',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : 'relevance',
  };
}

/** Only non-default values go into the URL, so shared links stay short. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.technique) params.set('technique', state.technique);
  if (state.theme) params.set('theme', state.theme);
  if (state.year) params.set('year', state.year);
  if (state.code) params.set('code', state.code);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Pagefind's search options for a state. */
export function pagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string> = {};
  if (state.technique) filters.technique = state.technique;
  if (state.theme) filters.theme = state.theme;
  if (state.year) filters.year = state.year;
  if (state.code) filters.code = state.code;
  return state.sort === 'relevance' ? { filters } : { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}
