// Theme toggle, keyboard-reachable wide tables, the lesson status and the signed-in header of static pages. Rendered inline; its hash is in the CSP (astro.config.mjs).
(function () {
  var btn = document.getElementById('theme-toggle');
  if (btn) {
    btn.hidden = false;
    btn.addEventListener('click', function () {
      var next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try { localStorage.setItem('theme', next); } catch { /* no storage: the choice lasts for this page */ }
    });
  }
  // A table wider than the screen scrolls sideways; make it reachable by keyboard too.
  function focusableScrollers() {
    document.querySelectorAll('main table').forEach(function (t) {
      if (t.scrollWidth > t.clientWidth + 1) { t.tabIndex = 0; } else if (t.tabIndex === 0) { t.removeAttribute('tabindex'); }
    });
  }
  focusableScrollers();
  window.addEventListener('resize', focusableScrollers);
  var lesson = document.querySelector('[data-lesson-id]');
  function lessonStatus() {
    if (!lesson) return;
    fetch('/api/lesson-status', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lessonId: lesson.getAttribute('data-lesson-id'), locale: document.documentElement.lang })
    })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        var slot = document.querySelector('[data-lesson-status]');
        if (slot && s && s.text) { slot.textContent = s.text; slot.classList.toggle('done', !!s.done); }
      })
      .catch(function () {});
  }
  lessonStatus();
  document.addEventListener('academy:lesson-progress', lessonStatus);
  if (document.documentElement.dataset.static !== '1') return;
  fetch('/api/me?locale=' + document.documentElement.lang, { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (me) {
      if (!me || !me.user) return;
      var nav = document.querySelector('[data-nav-list]');
      var tools = document.querySelector('[data-auth-tools]');
      if (nav && me.navHtml) nav.innerHTML = me.navHtml;
      if (tools && me.toolsHtml) tools.innerHTML = me.toolsHtml;
    })
    .catch(function () {});
})();
