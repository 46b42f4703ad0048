// Runs before the first paint (inline in <head>): the saved or preferred colour theme. Its hash is in the CSP (astro.config.mjs).
(function () {
  try {
    var saved = localStorage.getItem('theme');
    var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  } catch {
    // No storage (private mode): the preferred theme applies.
  }
})();
