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
        if (s && s.scenarios) showScenarioResults(s.scenarios);
        if (s && s.allowed) offerOnlyAllowed(s);
        if (s && s.studying) countStudyTime();
      })
      .catch(function () {});
  }
  // The learner's result on each graded scenario the lesson opens, under its box.
  function showScenarioResults(results) {
    lesson.querySelectorAll('[data-scenario]').forEach(function (box) {
      var r = results.find(function (x) { return x.id === box.getAttribute('data-scenario'); });
      if (!r) return;
      var line = box.querySelector('[data-scenario-status]');
      if (!line) { line = document.createElement('p'); line.setAttribute('data-scenario-status', ''); box.appendChild(line); }
      line.className = r.passed ? 'sandbox-task-status done' : 'sandbox-task-status';
      line.lang = document.documentElement.lang;
      line.textContent = r.text;
    });
  }
  // Study time (学时): a heartbeat while the page is visible; the server counts the time between beats.
  var studyTimer = null;
  function countStudyTime() {
    if (studyTimer) return;
    function beat() {
      if (document.visibilityState !== 'visible') return;
      fetch('/api/study-time', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lessonId: lesson.getAttribute('data-lesson-id') }) }).catch(function () {});
    }
    beat();
    studyTimer = setInterval(beat, 60000);
    document.addEventListener('visibilitychange', beat);
  }
  // The lesson is static HTML: a form its viewer may not submit (the permission
  // table's answer, from /api/lesson-status) becomes read-only, with the reason.
  function offerOnlyAllowed(s) {
    lesson.querySelectorAll('form[action*="_action="]').forEach(function (form) {
      var name = new URL(form.getAttribute('action'), location.href).searchParams.get('_action');
      if (!(name in s.allowed) || s.allowed[name]) return;
      var box = document.createElement('div');
      box.className = form.className;
      while (form.firstChild) box.appendChild(form.firstChild);
      box.querySelectorAll('button, input[type=hidden]').forEach(function (e) { e.remove(); });
      box.querySelectorAll('input').forEach(function (e) { e.disabled = true; });
      var note = document.createElement('p');
      note.className = 'notice';
      note.textContent = s.refusal || '';
      if (s.refusalLink) {
        var a = document.createElement('a');
        a.href = s.refusalLink.href + '?next=' + encodeURIComponent(location.pathname);
        a.textContent = s.refusalLink.label;
        note.append(' ', a);
      }
      box.appendChild(note);
      form.replaceWith(box);
    });
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
