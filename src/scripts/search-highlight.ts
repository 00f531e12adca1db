// On a page opened from a search result (?highlight=...), marks the searched words.
export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(window.location.search).has('highlight')) return;
  const bundle = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ bundle)) as { default: new (options: object) => unknown };
  // Its own <style> element would break the CSP; the global mark style applies instead.
  new PagefindHighlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
}
