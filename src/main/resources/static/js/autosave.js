// What the pages' scripts share: the stage clock and timer, and the one autosave of notes, scoring sheets and
// queries, with the guard that keeps unsaved text from being left behind. Loaded before the page's own script, on
// the pages that autosave or show a timer; every page works without it.
(function () {
  'use strict';

  var WAIT_MS = 1200; // after the last keystroke
  var MAX_WAIT_MS = 2000; // after the first unsaved one, however fast someone types
  var FIRST_RETRY_MS = 1000;
  var MAX_RETRY_MS = 30000;

  // 4:05, or 1:04:05 from an hour on.
  function clock(seconds) {
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    return (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  // Ticks a .timer (data-elapsed and data-limit in seconds, as the server rendered them) every second; onOver runs
  // on every tick past the limit. Answers the interval, for window.clearInterval.
  function timer(element, onOver) {
    var elapsedAtLoad = Number(element.getAttribute('data-elapsed'));
    var limit = Number(element.getAttribute('data-limit'));
    var loadedAt = Date.now();
    var elapsedText = element.querySelector('.timer__elapsed');
    var limitText = element.querySelector('.timer__limit');
    function tick() {
      var elapsed = elapsedAtLoad + Math.floor((Date.now() - loadedAt) / 1000);
      elapsedText.textContent = clock(elapsed);
      if (limit > 0 && limitText) {
        var difference = limit - elapsed;
        limitText.textContent = difference >= 0 ? clock(difference) + ' left' : clock(-difference) + ' over';
        element.classList.toggle('timer--over', difference < 0);
        if (difference < 0 && onOver) {
          onOver();
        }
      }
    }
    tick();
    return window.setInterval(tick, 1000);
  }

  // ---- Autosave ------------------------------------------------------------------------------------------
  // The endpoints answer {"status": "saved", "revision": N, "savedAt": "<instant>"} (revision and savedAt may be
  // missing; the scoring sheet's older answer says "version"), or an error with a message: 400 invalid, 409 stale,
  // closed or completed, 413 too large, 503 unavailable.
  var autosaves = [];

  /**
   * Saves what is typed into form (or into options.field alone) to options.url while someone types: once they pause,
   * at least every two seconds, one save at a time, again with back-off while the network or the server is down.
   * Options, all but url optional:
   * - url: where to post; without it nothing is set up (answers null);
   * - field: the one field watched and compared (e.g. the notes); otherwise every field of the form;
   * - body: a function answering what to post (URLSearchParams); otherwise every field of the form;
   * - revision: the name of the form's hidden field that counts the saves up, each one higher than the last;
   * - version: the name of the form's hidden field that holds the version saved, as the server answers it;
   * - status: the element that shows Saving…, Saved at… or Not saved — why (with data-state saving, saved,
   *   retrying or error); announcer: where problems are announced too;
   * - saving and saved: the words for the first two (e.g. 'Saving draft…', 'Draft saved at ');
   * - guard: false leaves it out of the page's guard (no "Leave site?" for it, saveAll() skips it);
   * - preview: the notes' preview ([data-notes-preview], hidden without scripts): shown, and refreshed with the
   *   rendered notes each saved answer carries (HTML the server rendered and sanitised).
   * Answers {save(), unsaved(), markSaved()}: save() saves now and answers a promise of the save; markSaved() says
   * that what the form holds now went with a form post.
   */
  function autosave(form, options) {
    var url = options.url;
    if (!url) {
      return null;
    }
    var field = options.field || null;
    var revisionField = options.revision ? form.querySelector('input[name="' + options.revision + '"]') : null;
    var versionField = options.version ? form.querySelector('input[name="' + options.version + '"]') : null;
    var status = options.status || null;
    var preview = options.preview || null;
    var lastSent = revisionField ? Number(revisionField.value) - 1 : 0;
    var saved = snapshot();
    var marks = 0; // form posts, which carry what is typed (markSaved)
    var pending = null;
    var firstChange = 0;
    var inFlight = null;
    var stopped = false;
    var retrying = false;
    var retryDelay = FIRST_RETRY_MS;

    // What is compared to tell whether something is unsaved (never the counters).
    function snapshot() {
      if (field) {
        return field.value;
      }
      var fields = new URLSearchParams(new FormData(form));
      fields.delete(options.revision || '');
      fields.delete(options.version || '');
      return fields.toString();
    }

    function unsaved() {
      return !stopped && snapshot() !== saved;
    }

    // The status line changes every couple of seconds while typing; only problems are announced.
    function show(text, state) {
      if (status) {
        status.textContent = text;
        status.setAttribute('data-state', state);
      }
      if (options.announcer && state === 'error') {
        options.announcer.textContent = text;
      }
    }

    function schedule() {
      if (stopped || retrying) {
        // A retry is due and takes the latest text with it.
        return;
      }
      if (!firstChange) {
        firstChange = Date.now();
      }
      window.clearTimeout(pending);
      pending = window.setTimeout(save, Math.max(0, Math.min(WAIT_MS, firstChange + MAX_WAIT_MS - Date.now())));
    }

    function save() {
      if (inFlight) {
        return inFlight;
      }
      if (stopped) {
        return Promise.resolve();
      }
      var sent = snapshot();
      if (sent === saved) {
        firstChange = 0;
        return Promise.resolve();
      }
      window.clearTimeout(pending);
      retrying = false;
      if (revisionField) {
        lastSent = Math.max(lastSent + 1, Number(revisionField.value));
        revisionField.value = String(lastSent);
      }
      var marksBefore = marks;
      show(options.saving || 'Saving…', 'saving');
      inFlight = fetch(url, {
        method: 'POST',
        body: options.body ? options.body() : new URLSearchParams(new FormData(form)),
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin'
      }).then(function (response) {
        return response.json().catch(function () { return null; }).then(function (json) {
          return { ok: response.ok, status: response.status, json: json || {} };
        });
      }).then(function (answer) {
        answered(answer, sent, marksBefore);
      }, function () {
        answered(null, sent, marksBefore);
      });
      return inFlight;
    }

    function answered(answer, sent, marksBefore) {
      inFlight = null;
      if (answer && answer.ok && typeof answer.json.revision === 'number') {
        lastSent = Math.max(lastSent, answer.json.revision);
      }
      if (revisionField) {
        // Anything sent next (a form post too) is newer than what was just sent.
        revisionField.value = String(lastSent + 1);
      }
      if (!answer || (!answer.ok && [400, 409, 413].indexOf(answer.status) < 0)) {
        // No connection, or the server is unavailable (503) or failed: try again later, with what is there then.
        retryLater();
        return;
      }
      if (!answer.ok) {
        // Stale, closed or completed: saving again cannot work. Too large or invalid: the next change may.
        stopped = answer.status === 409;
        show('Not saved — ' + (answer.json.message || 'the server refused this save.'), 'error');
        return;
      }
      if (marks === marksBefore) {
        // (A form post on its way since has newer text.)
        saved = sent;
      }
      firstChange = 0;
      retryDelay = FIRST_RETRY_MS;
      var version = answer.json.revision !== undefined ? answer.json.revision : answer.json.version;
      if (versionField && version !== undefined) {
        versionField.value = String(version);
      }
      if (preview && typeof answer.json.preview === 'string') {
        showPreview(preview, answer.json.preview);
      }
      var at = answer.json.savedAt ? new Date(answer.json.savedAt) : new Date();
      show((options.saved || 'Saved at ') + (isNaN(at.getTime()) ? new Date() : at).toLocaleTimeString(), 'saved');
      if (snapshot() !== saved) {
        schedule();
      }
    }

    function retryLater() {
      show('Not saved — retrying in ' + Math.round(retryDelay / 1000) + ' s', 'retrying');
      retrying = true;
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        retrying = false;
        save();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
    }

    function markSaved() {
      marks += 1;
      window.clearTimeout(pending);
      retrying = false;
      firstChange = 0;
      if (revisionField) {
        revisionField.value = String(lastSent + 1);
      }
      saved = snapshot();
    }

    if (preview) {
      showPreview(preview, null);
    }
    (field || form).addEventListener('input', schedule);
    if (!field) {
      form.addEventListener('change', schedule);
    }
    // The form post carries what is typed, with a revision newer than any autosave already sent.
    form.addEventListener('submit', markSaved);
    var handle = { form: form, save: save, unsaved: unsaved, markSaved: markSaved, guard: options.guard !== false };
    autosaves.push(handle);
    return handle;
  }

  // Shows the notes' preview beside (or, on narrow screens, below) the editor; with html, shows that instead of what
  // the page was rendered with.
  function showPreview(preview, html) {
    var body = preview.querySelector('[data-notes-preview-body]');
    var editor = preview.closest('[data-notes-editor]');
    preview.hidden = false;
    if (editor) {
      editor.classList.add('notes-editor--preview');
    }
    if (!body) {
      return;
    }
    if (html !== null) {
      body.innerHTML = html;
    }
    if (!body.innerHTML.trim()) {
      body.textContent = body.getAttribute('data-empty') || '';
    }
  }

  function guarded() {
    return autosaves.filter(function (handle) { return handle.guard; });
  }

  // Whether anything the page guards is unsaved.
  function unsaved() {
    return guarded().some(function (handle) { return handle.unsaved(); });
  }

  // Saves everything the page guards, again while someone keeps typing (a few rounds at most); resolves when done.
  function saveAll() {
    var rounds = 0;
    function round() {
      return Promise.all(guarded().map(function (handle) { return handle.save(); })).then(function () {
        rounds += 1;
        if (unsaved() && rounds < 5) {
          return round();
        }
      });
    }
    return round();
  }

  // ---- Leaving the page ----------------------------------------------------------------------------------
  // The browser asks "Leave site?" while something is unsaved, except on the way out through leave(go): the page's
  // own navigation, which has saved first (it still asks if that did not work).
  var leaving = false;

  function leave(go) {
    leaving = !unsaved();
    go();
    // A download or a navigation the browser dropped leaves the page in place: guard it again.
    window.setTimeout(function () { leaving = false; }, 2000);
  }

  window.addEventListener('beforeunload', function (event) {
    if (!leaving && unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  window.MockInterview = {
    clock: clock,
    timer: timer,
    autosave: autosave,
    unsaved: unsaved,
    saveAll: saveAll,
    leave: leave
  };
})();
