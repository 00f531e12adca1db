// Applies the reader's saved colour scheme before first paint (no flash). Kept as a file,
// not inline, so the Content-Security-Policy can forbid inline scripts.
try {
  const saved = localStorage.getItem('atlas-theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch {
  /* storage blocked: follow the system scheme */
}
