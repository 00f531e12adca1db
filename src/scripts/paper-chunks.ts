// Appends the rows of the all-papers table that the page itself leaves out, from the JSON
// chunks the build writes (table[data-chunks]). Small batches per frame keep the page
// responsive; the no-JS page links hide once every row is here.
import type { PaperRow } from '../lib/site/paper-rows.ts';

const BATCH = 150;

function rowElement(row: PaperRow, base: string): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.id = row.slug;
  Object.assign(tr.dataset, {
    title: row.title.toLowerCase(),
    date: row.sortDate,
    technique: row.techniqueName.toLowerCase(),
    listings: row.listings.join(' '),
  });
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  const cell = (className: string, ...content: Node[]) => {
    const td = tr.insertCell();
    td.className = className;
    td.append(...content);
  };
  const title: Node[] = [link(`${base}papers/${row.slug}/`, row.title)];
  if (row.code) {
    // The same mark as CodeMark.astro (its class is global for this reason).
    const mark = Object.assign(link(row.code, 'code'), { className: 'code-mark', rel: 'noopener' });
    mark.setAttribute('aria-label', `Code for “${row.title}” on GitHub`);
    mark.dataset.codeMark = '';
    title.push(document.createTextNode(' '), mark);
  }
  cell('', ...title);
  if (row.date) cell('date', Object.assign(document.createElement('time'), { dateTime: row.date, textContent: row.dateLabel }));
  else cell('date', Object.assign(document.createElement('span'), { className: 'muted', textContent: 'unknown' }));
  cell('technique', link(`${base}techniques/${row.technique}/`, row.techniqueName));
  cell('listings', document.createTextNode(row.listingsLabel));
  return tr;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function loadInto(table: HTMLTableElement, chunks: string[]): Promise<void> {
  const body = table.tBodies[0]!;
  const base = table.dataset.base ?? '/';
  for (const chunk of chunks) {
    const response = await fetch(chunk);
    if (!response.ok) return; // the page links stay, so every row is still reachable
    const rows = (await response.json()) as PaperRow[];
    for (let i = 0; i < rows.length; i += BATCH) {
      await nextFrame();
      body.append(...rows.slice(i, i + BATCH).map((row) => rowElement(row, base)));
    }
  }
  table.dispatchEvent(new CustomEvent('rows-added'));
  for (const nav of document.querySelectorAll<HTMLElement>('[data-page-nav]')) nav.hidden = true;
  for (const note of document.querySelectorAll<HTMLElement>('[data-page-note]')) note.hidden = true;
  // A shared link to a row (#slug) that only arrived now.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && body.contains(target)) target.scrollIntoView();
}

/** Starts loading when the reader nears the end of the first rows, reaches for a sort button,
 * or follows a link to a row not on the page: not at page load, where it would only compete
 * with the first paint and shift the table's columns under the reader's eyes. */
export function loadTableChunks(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-chunks]')) {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      observer.disconnect();
      void loadInto(table, JSON.parse(table.dataset.chunks!) as string[]);
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '0px 0px 100% 0px' });
    const last = table.tBodies[0]?.rows[table.tBodies[0].rows.length - 1];
    if (last) observer.observe(last);
    table.tHead?.addEventListener('pointerdown', start);
    table.tHead?.addEventListener('focusin', start);
    const hashTarget = () => location.hash.length > 1 && !document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (hashTarget()) start();
    window.addEventListener('hashchange', () => hashTarget() && start());
  }
}
