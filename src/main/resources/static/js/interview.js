// Mock interview enhancements: live updates (server-sent events, polling as a fallback), stage timers, autosave
// of notes and of the scoring sheet, copy buttons and keyboard shortcuts. Every page works without this file.
(function () {
  'use strict';

  var POLL_MS = 1500;

  // After a stage change the page opens at #stage-heading: put the keyboard focus there too.
  var stageHeading = document.getElementById('stage-heading');
  if (stageHeading && window.location.hash === '#stage-heading') {
    stageHeading.focus();
  }

  // ---- Stage timer -------------------------------------------------------------------------------------
  var timerInterval = null;

  function clock(seconds) {
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    return (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function startTimer() {
    window.clearInterval(timerInterval);
    var timer = document.querySelector('.timer[data-elapsed]');
    if (!timer || timer.getAttribute('data-running') !== 'true') {
      return;
    }
    var elapsedAtLoad = Number(timer.getAttribute('data-elapsed'));
    var limit = Number(timer.getAttribute('data-limit'));
    var loadedAt = Date.now();
    var elapsedText = timer.querySelector('.timer__elapsed');
    var limitText = timer.querySelector('.timer__limit');
    function tick() {
      var elapsed = elapsedAtLoad + Math.floor((Date.now() - loadedAt) / 1000);
      elapsedText.textContent = clock(elapsed);
      if (limit > 0 && limitText) {
        var difference = limit - elapsed;
        limitText.textContent = difference >= 0 ? clock(difference) + ' left' : clock(-difference) + ' over';
        timer.classList.toggle('timer--over', difference < 0);
      }
    }
    tick();
    timerInterval = window.setInterval(tick, 1000);
  }

  // ---- Notes autosave (candidate notes, private interviewer notes) ---------------------------------------
  var pendingSaves = [];

  function setUpNotesAutosave(form) {
    var url = form.getAttribute('data-autosave-url');
    var textarea = form.querySelector('textarea');
    var revisionField = form.querySelector('input[name="revision"]');
    var status = form.querySelector('[data-save-status]');
    var lastSent = Number(revisionField.value) - 1;
    var savedText = textarea.value;
    var timer = null;
    var firstChange = 0;
    var inFlight = null;
    var stopped = false;

    function show(text, state) {
      if (status) {
        status.textContent = text;
        status.setAttribute('data-state', state);
      }
    }

    function save() {
      if (stopped || inFlight || textarea.value === savedText) {
        return inFlight || Promise.resolve();
      }
      var text = textarea.value;
      lastSent = Math.max(lastSent + 1, Number(revisionField.value));
      revisionField.value = String(lastSent);
      var body = new URLSearchParams(new FormData(form));
      show('Saving…', 'saving');
      inFlight = fetch(url, { method: 'POST', body: body, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          inFlight = null;
          revisionField.value = String(lastSent + 1);
          if (response.ok) {
            savedText = text;
            firstChange = 0;
            show('Saved at ' + new Date().toLocaleTimeString(), 'saved');
            if (textarea.value !== savedText) {
              schedule();
            }
          } else if (response.status === 409 || response.status === 413) {
            return response.json().then(function (json) {
              stopped = response.status === 409;
              show('Not saved — ' + json.message, 'error');
            });
          } else {
            show('Not saved — retrying…', 'retrying');
            window.setTimeout(save, 2000);
          }
        })
        .catch(function () {
          inFlight = null;
          revisionField.value = String(lastSent + 1);
          show('Not saved — retrying…', 'retrying');
          window.setTimeout(save, 2000);
        });
      return inFlight;
    }

    function schedule() {
      if (!firstChange) {
        firstChange = Date.now();
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(save, Math.max(0, Math.min(1200, firstChange + 2000 - Date.now())));
    }

    textarea.addEventListener('input', schedule);
    form.addEventListener('submit', function () {
      window.clearTimeout(timer);
      revisionField.value = String(lastSent + 1);
      savedText = textarea.value;
    });
    window.addEventListener('beforeunload', function (event) {
      if (textarea.value !== savedText && !stopped) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
    pendingSaves.push(save);
  }

  function flushSaves() {
    return Promise.all(pendingSaves.map(function (save) { return save(); }));
  }

  // ---- Scoring sheet autosave --------------------------------------------------------------------------
  function setUpSheetAutosave(form) {
    var url = form.getAttribute('data-sheet-autosave-url');
    var versionField = form.querySelector('input[name="version"]');
    var status = form.querySelector('[data-save-status]');
    var timer = null;
    var busy = false;
    var stopped = false;
    var dirty = false;

    function save() {
      if (busy || stopped || !dirty) {
        return;
      }
      busy = true;
      dirty = false;
      status.textContent = 'Saving draft…';
      fetch(url, { method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          return response.json().then(function (json) { return { ok: response.ok, status: response.status, json: json }; });
        })
        .then(function (result) {
          busy = false;
          if (result.ok) {
            versionField.value = String(result.json.version);
            status.textContent = 'Draft saved at ' + new Date().toLocaleTimeString();
            if (dirty) {
              schedule();
            }
          } else {
            stopped = result.status === 409;
            status.textContent = 'Not saved — ' + result.json.message;
            status.setAttribute('data-state', 'error');
          }
        })
        .catch(function () {
          busy = false;
          dirty = true;
          status.textContent = 'Not saved — retrying…';
          window.setTimeout(save, 3000);
        });
    }

    function schedule() {
      dirty = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 1500);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    form.addEventListener('submit', function () {
      window.clearTimeout(timer);
      stopped = true;
    });
  }

  // ---- Live updates ------------------------------------------------------------------------------------
  function setUpLive(root) {
    // Once a form is on its way (e.g. this interviewer's own "Next stage"), an update it caused must not
    // reload the old page over the navigation.
    var leaving = false;
    document.addEventListener('submit', function () { leaving = true; });
    window.addEventListener('pageshow', function () { leaving = false; });
    var liveUrl = root.getAttribute('data-live-url');
    var eventsUrl = root.getAttribute('data-events-url');
    var fetching = false;
    var again = false;
    var pollTimer = null;

    function refresh() {
      if (fetching) {
        again = true;
        return;
      }
      fetching = true;
      fetch(liveUrl, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          fetching = false;
          if (html) {
            apply(html);
          }
          if (again) {
            again = false;
            refresh();
          }
        })
        .catch(function () { fetching = false; });
    }

    function apply(html) {
      if (leaving) {
        return;
      }
      var current = document.getElementById('live');
      var template = document.createElement('template');
      template.innerHTML = html.trim();
      var next = template.content.querySelector('#live');
      if (!current || !next) {
        return;
      }
      if (next.getAttribute('data-page-key') !== current.getAttribute('data-page-key')) {
        flushSaves().then(function () { window.location.reload(); });
        return;
      }
      if (next.getAttribute('data-live-key') === current.getAttribute('data-live-key')
          && next.innerHTML === current.innerHTML) {
        return;
      }
      var stageChanged = next.getAttribute('data-live-key') !== current.getAttribute('data-live-key');
      // Keep the keyboard focus where it was when the part holding it is replaced.
      var focused = current.contains(document.activeElement) ? document.activeElement.id : '';
      current.replaceWith(next);
      var refocus = focused && document.getElementById(focused);
      if (refocus) {
        refocus.focus();
      }
      startTimer();
      if (stageChanged) {
        var heading = next.querySelector('#stage-heading');
        var announcer = document.getElementById('stage-announcer');
        if (announcer && heading) {
          announcer.textContent = heading.textContent.trim();
        }
      }
    }

    function poll() {
      window.clearInterval(pollTimer);
      pollTimer = window.setInterval(refresh, POLL_MS);
    }

    if (typeof window.EventSource === 'function' && eventsUrl) {
      var source = new window.EventSource(eventsUrl);
      source.addEventListener('change', refresh);
      source.addEventListener('ready', function () {
        window.clearInterval(pollTimer);
        refresh();
      });
      source.addEventListener('error', function () {
        // While the stream reconnects (or if it never works, e.g. behind a buffering proxy), poll instead.
        poll();
      });
    } else {
      poll();
    }
  }

  // ---- Copy buttons and keyboard -----------------------------------------------------------------------
  function setUpCopy() {
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var field = document.querySelector(button.getAttribute('data-copy'));
      if (!field || !navigator.clipboard) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(field.value).then(function () {
          button.textContent = 'Copied';
          window.setTimeout(function () { button.textContent = 'Copy link'; }, 2000);
        });
      });
    });
    document.querySelectorAll('a[data-copy-url]').forEach(function (link) {
      if (!navigator.clipboard) {
        return;
      }
      link.textContent = 'Copy summary';
      link.addEventListener('click', function (event) {
        event.preventDefault();
        fetch(link.href, { credentials: 'same-origin' })
          .then(function (response) { return response.text(); })
          .then(function (text) { return navigator.clipboard.writeText(text); })
          .then(function () { link.textContent = 'Summary copied'; })
          .catch(function () { window.location.href = link.href; });
      });
    });
  }

  function setUpShortcuts() {
    document.addEventListener('keydown', function (event) {
      if (!(event.altKey && event.shiftKey)) {
        return;
      }
      var key = event.key.toLowerCase();
      var target = key === 'n' ? '[data-shortcut="next"]' : key === 'p' ? '[data-shortcut="previous"]' : null;
      var button = target && document.querySelector(target);
      if (button) {
        event.preventDefault();
        button.click();
      }
    });
  }

  startTimer();
  document.querySelectorAll('form.autosave-form[data-autosave-url]').forEach(setUpNotesAutosave);
  document.querySelectorAll('form[data-sheet-autosave-url]').forEach(setUpSheetAutosave);
  var live = document.querySelector('[data-live-url]');
  if (live) {
    setUpLive(live);
  }
  setUpCopy();
  setUpShortcuts();
})();
