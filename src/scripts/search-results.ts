// Renders search hits as DOM, never as HTML strings: titles and excerpts are text from papers,
// so only Pagefind's <mark> highlighting is kept and everything else stays literal text.
import type { SearchHit, SearchOutcome } from './pagefind-client.ts';

/** Pagefind's excerpt (escaped text plus <mark>) as nodes: marks kept, everything else text. */
export function renderExcerpt(excerpt: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = excerpt; // inert: a template's content never runs scripts or loads resources
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

export function renderHit(hit: SearchHit, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `search-hit kind-${hit.kind}`;
  const link = document.createElement('a');
  const url = new URL(hit.url, window.location.origin);
  if (query) url.searchParams.set('highlight', query);
  link.href = url.pathname + url.search;
  link.className = 'hit-title';
  link.textContent = hit.title;
  const meta = document.createElement('p');
  meta.className = 'hit-meta';
  meta.textContent = hit.kind === 'technique' ? hit.date : [hit.date, hit.techniques].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'hit-excerpt';
  excerpt.append(renderExcerpt(hit.excerpt));
  item.append(link, meta, excerpt);
  return item;
}

/** "12 papers and 1 technique", or "No results for “x”." */
export function describeOutcome(outcome: SearchOutcome, query: string): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const fixes = outcome.corrections.map(([word, fix]) => `No paper has “${word}”; showing “${fix}”. `).join('');
  if (outcome.total === 0 && outcome.techniques.length === 0) return fixes + (query ? `No results for “${query}”.` : 'No results.');
  const parts = [plural(outcome.total, 'paper')];
  if (outcome.techniques.length) parts.push(plural(outcome.techniques.length, 'technique'));
  return fixes + (outcome.partial ? 'No paper has all of these words; these have most of them: ' : '') + parts.join(' and ');
}
