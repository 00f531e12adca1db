// Puts a technique's paper lists newest first (as built) or oldest first, year groups and the
// papers inside them alike; papers of unknown date stay at the end either way.

export type PaperOrder = 'newest' | 'oldest';

export function orderFromUrl(search: string): PaperOrder {
  return new URLSearchParams(search).get('order') === 'oldest' ? 'oldest' : 'newest';
}

function applyOrder(lists: { groups: HTMLElement[]; items: Map<HTMLElement, HTMLElement[]> }[], order: PaperOrder): void {
  for (const { groups, items } of lists) {
    const dated = groups.filter((g) => g.dataset.year !== 'unknown');
    const undated = groups.filter((g) => g.dataset.year === 'unknown');
    const parent = groups[0]?.parentElement;
    if (!parent) continue;
    parent.append(...(order === 'newest' ? dated : [...dated].reverse()), ...undated);
    for (const [list, built] of items) list.append(...(order === 'newest' ? built : [...built].reverse()));
  }
}

export function initPaperOrder(): void {
  const control = document.querySelector<HTMLElement>('[data-paper-order]');
  if (!control) return;
  // The order as built (newest first), remembered so both directions are exact reversals.
  const lists = [...document.querySelectorAll<HTMLElement>('.paper-list')].map((list) => {
    const groups = [...list.querySelectorAll<HTMLElement>(':scope > [data-year-group]')];
    const items = new Map(groups.map((g) => g.querySelector<HTMLElement>('ol')!).map((ol) => [ol, [...ol.children] as HTMLElement[]]));
    return { groups, items };
  });
  const buttons = [...control.querySelectorAll<HTMLButtonElement>('[data-order]')];
  const show = (order: PaperOrder) => {
    applyOrder(lists, order);
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.order === order));
  };
  control.hidden = false;
  const initial = orderFromUrl(window.location.search);
  if (initial !== 'newest') {
    show(initial);
    // Reordering moved the linked paper: bring it back into view.
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const order = button.dataset.order as PaperOrder;
      show(order);
      const next = new URL(window.location.href);
      if (order === 'oldest') next.searchParams.set('order', 'oldest');
      else next.searchParams.delete('order');
      history.replaceState(history.state, '', next);
    });
  }
}
