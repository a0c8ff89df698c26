// Solo practice enhancements: autosave, live timer and keyboard shortcuts. The page works without this file.
(function () {
  'use strict';

  var form = document.getElementById('stage-form');
  if (!form) {
    return;
  }

  // Focus the new stage's heading after a stage change, so keyboard and screen-reader users land on it.
  var heading = document.getElementById('stage-heading');
  if (heading && window.location.hash === '#stage-heading') {
    heading.focus();
  }

  // A self-score sent back for missing ratings opens at the form (the fragment of its action). With this script it
  // opens at the first criterion left unrated instead, with the focus on its ratings: the fragment would take the
  // focus away again, so it is dropped.
  var selfScore = document.querySelector('form.self-score[action*="#"]');
  if (selfScore) {
    selfScore.setAttribute('action', selfScore.getAttribute('action').replace(/#.*$/, ''));
  }
  var unrated = document.querySelector('.criterion--missing input[type="radio"]');
  if (unrated) {
    unrated.closest('.criterion').scrollIntoView();
    unrated.focus({ preventScroll: true });
  }

  setUpTimer();
  setUpAutosave();
  setUpShortcuts();

  function setUpTimer() {
    var timer = document.querySelector('.timer[data-elapsed]');
    if (!timer) {
      return;
    }
    var elapsedAtLoad = Number(timer.getAttribute('data-elapsed'));
    var limit = Number(timer.getAttribute('data-limit'));
    var stage = timer.getAttribute('data-stage');
    var loadedAt = Date.now();
    var elapsedText = timer.querySelector('.timer__elapsed');
    var limitText = timer.querySelector('.timer__limit');
    var announcer = document.getElementById('timer-announcer');
    var announced = limit > 0 && elapsedAtLoad > limit;

    function clock(seconds) {
      var h = Math.floor(seconds / 3600);
      var m = Math.floor((seconds % 3600) / 60);
      var s = seconds % 60;
      var mm = h > 0 && m < 10 ? '0' + m : String(m);
      return (h > 0 ? h + ':' : '') + mm + ':' + (s < 10 ? '0' : '') + s;
    }

    function tick() {
      var elapsed = elapsedAtLoad + Math.floor((Date.now() - loadedAt) / 1000);
      elapsedText.textContent = clock(elapsed);
      if (limit > 0) {
        var difference = limit - elapsed;
        limitText.textContent = difference >= 0 ? clock(difference) + ' left' : clock(-difference) + ' over';
        if (difference < 0) {
          timer.classList.add('timer--over');
          // Said once, politely: the ticking itself is never announced.
          if (!announced && announcer) {
            announcer.textContent = 'The suggested time for ' + stage + ' is up. Carry on when you are ready.';
            announced = true;
          }
        }
      }
    }

    tick();
    window.setInterval(tick, 1000);
  }

  function setUpAutosave() {
    var url = form.getAttribute('data-autosave-url');
    var notes = document.getElementById('notes');
    var revisionField = form.querySelector('input[name="revision"]');
    var status = document.getElementById('save-status');
    if (!url || !notes || !revisionField || !status) {
      return;
    }
    var DEBOUNCE_MS = 1200;
    var MAX_WAIT_MS = 2000;
    var lastSent = Number(revisionField.value) - 1;
    var savedText = notes.value;
    var debounceTimer = null;
    var firstUnsavedAt = 0;
    var inFlight = false;
    var retryDelay = 1000;
    var blocked = false;

    var announcer = document.getElementById('timer-announcer');

    // The status line changes every couple of seconds while typing; only problems are announced.
    function show(text, state) {
      status.textContent = text;
      status.setAttribute('data-state', state);
      if (announcer && state === 'error') {
        announcer.textContent = text;
      }
    }

    function schedule() {
      if (blocked) {
        return;
      }
      if (!firstUnsavedAt) {
        firstUnsavedAt = Date.now();
      }
      window.clearTimeout(debounceTimer);
      var wait = Math.max(0, Math.min(DEBOUNCE_MS, firstUnsavedAt + MAX_WAIT_MS - Date.now()));
      debounceTimer = window.setTimeout(save, wait);
    }

    function save() {
      if (inFlight || blocked) {
        return;
      }
      if (notes.value === savedText) {
        firstUnsavedAt = 0;
        return;
      }
      inFlight = true;
      var text = notes.value;
      var revision = Math.max(lastSent + 1, Number(revisionField.value));
      lastSent = revision;
      revisionField.value = String(revision);
      var body = new URLSearchParams(new FormData(form));
      body.set('notes', text);
      body.set('revision', String(revision));
      show('Saving…', 'saving');
      fetch(url, {
        method: 'POST',
        body: body,
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin'
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          return { status: response.status, json: json };
        });
      }).then(function (result) {
        inFlight = false;
        revisionField.value = String(lastSent + 1);
        if (result.status === 200) {
          savedText = text;
          firstUnsavedAt = 0;
          retryDelay = 1000;
          show('Saved at ' + new Date().toLocaleTimeString(), 'saved');
          if (notes.value !== savedText) {
            schedule();
          }
        } else if (result.status === 409 || result.status === 413 || result.status === 400) {
          blocked = result.status !== 413;
          show('Not saved — ' + (result.json.message || 'the server refused this save.'), 'error');
        } else {
          retryLater();
        }
      }).catch(function () {
        inFlight = false;
        revisionField.value = String(lastSent + 1);
        retryLater();
      });
    }

    function retryLater() {
      show('Not saved — retrying in ' + Math.round(retryDelay / 1000) + ' s', 'retrying');
      window.setTimeout(save, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }

    notes.addEventListener('input', schedule);
    form.addEventListener('submit', function () {
      // The form carries the notes too; make sure its revision is newer than any autosave already sent.
      window.clearTimeout(debounceTimer);
      revisionField.value = String(lastSent + 1);
      savedText = notes.value;
    });
    window.addEventListener('beforeunload', function (event) {
      if (notes.value !== savedText) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
    form.saveNow = save;
  }

  function setUpShortcuts() {
    document.addEventListener('keydown', function (event) {
      if (event.altKey && event.shiftKey && (event.key === 'N' || event.key === 'n')) {
        click('next', event);
      } else if (event.altKey && event.shiftKey && (event.key === 'P' || event.key === 'p')) {
        click('previous', event);
      } else if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
        click('save', event);
      }
    });
  }

  function click(shortcut, event) {
    var button = form.querySelector('[data-shortcut="' + shortcut + '"]');
    if (button) {
      event.preventDefault();
      button.click();
    }
  }
})();
