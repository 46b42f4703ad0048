// The Pagefind search box of /search. Rendered inline; its hash is in the CSP (astro.config.mjs).
/* global PagefindUI */
(function () {
  if (typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  var q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
})();
