// Makes the colour-scheme toggle work: a pressed button means the dark scheme, remembered per browser.

function isDark(): boolean {
  const chosen = document.documentElement.dataset.colourScheme;
  if (chosen) return chosen === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function initColourSchemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.colour-scheme-toggle')) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      document.documentElement.dataset.colourScheme = next;
      button.setAttribute('aria-pressed', String(next === 'dark'));
      try {
        localStorage.setItem('atlas-theme', next); // key named before the rename: see colour-scheme-init.js
      } catch {
        /* storage blocked: the choice lasts for this page only */
      }
    });
  }
}
