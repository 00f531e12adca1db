// "Copy link" controls: copy the page URL with the anchor, then say "copied" for a moment.

export function initCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || !navigator.clipboard) return;
    event.preventDefault();
    const target = new URL(link.href, window.location.href);
    history.replaceState(null, '', target.hash);
    const status = link.querySelector('.status');
    try {
      await navigator.clipboard.writeText(target.href);
      if (status) status.textContent = 'copied';
    } catch {
      if (status) status.textContent = 'copy failed';
    }
    window.setTimeout(() => {
      if (status) status.textContent = '';
    }, 2000);
  });
}
