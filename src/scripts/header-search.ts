// Live results under the header search box, with the keyboard shortcuts a reader expects.
import { EMPTY_SEARCH, searchStateToParams } from '../lib/search-state.ts';
import { loadPagefind, runSearch } from './pagefind-client.ts';
import { describeOutcome, renderHit } from './search-results.ts';

const HEADER_LIMIT = 8;

export function initHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-header-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = form?.querySelector<HTMLElement>('.results-panel');
  const list = panel?.querySelector<HTMLOListElement>('.results-list');
  const status = panel?.querySelector<HTMLElement>('.results-status');
  const allResults = panel?.querySelector<HTMLAnchorElement>('.all-results');
  if (!form || !input || !panel || !list || !status || !allResults) return;

  let latest = 0;
  const close = () => {
    panel.hidden = true;
  };
  const open = () => {
    panel.hidden = false;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.hit-title')];

  const update = async () => {
    const q = input.value.trim();
    const ticket = ++latest;
    if (!q) return close();
    const outcome = await runSearch({ ...EMPTY_SEARCH, q }, HEADER_LIMIT);
    if (ticket !== latest) return; // a newer keystroke won
    list.replaceChildren(...[...outcome.techniques, ...outcome.hits].map((hit) => renderHit(hit, q)));
    status.textContent = describeOutcome(outcome, q);
    allResults.href = `${form.action}?${searchStateToParams({ ...EMPTY_SEARCH, q }).toString()}`;
    open();
  };

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => void update());
  form.addEventListener('keydown', (event) => {
    const items = links();
    const index = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && !panel.hidden && items.length) {
      event.preventDefault();
      items[Math.min(index + 1, items.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && !panel.hidden && items.length) {
      event.preventDefault();
      if (index <= 0) input.focus();
      else items[index - 1]!.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
