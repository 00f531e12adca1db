// The /search/ page: keeps form and URL in step and shows results as the reader types.
import { searchStateFromParams, searchStateToParams, type SearchState } from '../lib/search-state.ts';
import { runSearch } from './pagefind-client.ts';
import { describeOutcome, renderHit } from './search-results.ts';

/** Results per step: each shown paper costs a fragment fetch, so more load only on request. */
const PAGE_SIZE = 10;

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  const status = document.querySelector<HTMLElement>('.search-status');
  const more = document.querySelector<HTMLButtonElement>('button[data-more]');
  if (!form || !list || !status || !more) return;
  document.querySelector<HTMLElement>('[data-no-js-note]')?.setAttribute('hidden', '');
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const readForm = (): SearchState => searchStateFromParams(new URLSearchParams([...new FormData(form).entries()].map(([k, v]) => [k, String(v)])));
  const fillForm = (state: SearchState) => {
    for (const [name, value] of Object.entries(state)) {
      const input = field(name);
      // A checkbox says its value by being checked (FormData leaves it out when it is not).
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === input.value;
      else input.value = value;
    }
  };

  let latest = 0;
  let shown = PAGE_SIZE;
  const update = async (pushUrl: boolean, keepShown = false) => {
    if (!keepShown) shown = PAGE_SIZE;
    const state = readForm();
    const query = searchStateToParams(state).toString();
    if (pushUrl) history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    const ticket = ++latest;
    if (!state.q && !state.technique && !state.theme && !state.year && !state.code) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type keywords or pick a filter.';
      return;
    }
    status.textContent = 'Searching…';
    const outcome = await runSearch(state, shown);
    if (ticket !== latest) return;
    list.replaceChildren(...[...outcome.techniques, ...outcome.hits].map((hit) => renderHit(hit, state.q)));
    status.textContent =
      describeOutcome(outcome, state.q) +
      (outcome.total === 0 ? ' Try fewer words or remove a filter.' : outcome.total > shown ? `, showing the first ${shown}` : '');
    more.hidden = outcome.total <= shown;
    form.dataset.renderedQuery = query;
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    void update(false, true);
  });
  form.addEventListener('input', () => void update(true));
  form.addEventListener('change', () => void update(true));
  window.addEventListener('popstate', () => {
    fillForm(searchStateFromParams(new URLSearchParams(window.location.search)));
    void update(false);
  });
  fillForm(searchStateFromParams(new URLSearchParams(window.location.search)));
  void update(false);
}
