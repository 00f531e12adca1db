// "Copy Markdown": fetches the technique's reading list (a static file) and copies it.

export function initCopyReadingList(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-reading-list')) {
    if (!navigator.clipboard) continue;
    const status = button.parentElement?.querySelector('.copy-status');
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        const response = await fetch(button.dataset.source!);
        if (!response.ok) throw new Error(String(response.status));
        await navigator.clipboard.writeText(await response.text());
        if (status) status.textContent = 'Copied';
      } catch {
        if (status) status.textContent = 'Copy failed: download the file instead';
      }
    });
  }
}
