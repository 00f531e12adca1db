// Shows the "Copy BibTeX" button of each cite block and copies the entry text on click.

export function initCopyBibtex(): void {
  for (const block of document.querySelectorAll<HTMLElement>('.cite')) {
    const button = block.querySelector<HTMLButtonElement>('.copy-bibtex');
    const code = block.querySelector('[data-bibtex]');
    const status = block.querySelector('.copy-status');
    if (!button || !code || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        if (status) status.textContent = 'Copied';
      } catch {
        if (status) status.textContent = 'Copy failed: select the text instead';
      }
    });
  }
}
