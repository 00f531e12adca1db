// Turns the header cells of `table[data-sortable]` into sort buttons (aria-sort kept in step).
// Rows carry their sort keys as data-* attributes, so sorting never parses visible text.

type Direction = 'ascending' | 'descending';

function sortRows(table: HTMLTableElement, key: string, direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const sign = direction === 'ascending' ? 1 : -1;
  rows.sort((a, b) => {
    const x = a.dataset[key] ?? '';
    const y = b.dataset[key] ?? '';
    // Unknown values (empty) stay at the bottom whichever way the column is sorted.
    if (!x || !y) return x === y ? 0 : x ? -1 : 1;
    return sign * x.localeCompare(y);
  });
  body.append(...rows);
}

export function makeTablesSortable(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
    for (const header of headers) {
      const key = header.dataset.sortKey!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const next: Direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', next);
        header.dataset.sortChanged = 'true';
        sortRows(table, key, next);
      });
    }
    // Rows appended later (paper-chunks.ts) join the current order; the initial newest-first
    // order needs no sort, since the chunks continue it.
    table.addEventListener('rows-added', () => {
      const sorted = headers.find((h) => h.hasAttribute('aria-sort') && h.dataset.sortChanged);
      if (sorted) sortRows(table, sorted.dataset.sortKey!, sorted.getAttribute('aria-sort') as Direction);
    });
  }
}
