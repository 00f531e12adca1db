// Runs before first paint: applies the reader's saved colour scheme (no flash), and marks the
// page as scripted so notes meant for readers without JavaScript never flash and shift the
// layout. Kept as a file, not inline, so the Content-Security-Policy can forbid inline scripts.
document.documentElement.dataset.scripts = 'on';
// A search page opened with a query keeps room for its results until they arrive.
if (new URLSearchParams(location.search).get('q')) document.documentElement.dataset.query = 'on';
try {
  // The storage key keeps its first name so choices saved before the rename still apply.
  const saved = localStorage.getItem('atlas-theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.colourScheme = saved;
} catch {
  /* storage blocked: follow the system scheme */
}
