// Makes the theme toggle work: a pressed button means the dark scheme, remembered per browser.

function isDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  if (chosen) return chosen === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      button.setAttribute('aria-pressed', String(next === 'dark'));
      try {
        localStorage.setItem('atlas-theme', next);
      } catch {
        /* storage blocked: the choice lasts for this page only */
      }
    });
  }
}
