// Mock interview enhancements: live updates (server-sent events, polling as a fallback), stage timers, autosave
// of notes and of the scoring sheet (both with autosave.js, loaded before), saving before the page's own navigation,
// copy buttons and keyboard shortcuts. Every page works without this file.
(function () {
  'use strict';

  var POLL_MS = 1500;

  // After a stage change the page opens at #stage-heading: put the keyboard focus there too.
  var stageHeading = document.getElementById('stage-heading');
  if (stageHeading && window.location.hash === '#stage-heading') {
    stageHeading.focus();
  }

  // The shared clock and autosave (autosave.js), loaded just before.
  var shared = window.MockInterview;
  if (!shared) {
    return;
  }

  // ---- Stage timer -------------------------------------------------------------------------------------
  var timerInterval = null;

  function startTimer() {
    window.clearInterval(timerInterval);
    var timer = document.querySelector('.timer[data-elapsed]');
    if (timer && timer.getAttribute('data-running') === 'true') {
      timerInterval = shared.timer(timer);
    }
  }

  // ---- Autosave: notes (candidate notes, private interviewer notes) and the scoring sheet's draft ----------
  // Also run after a page swap: only forms that are new get set up.
  var autosaved = new WeakSet();

  function setUpNewAutosaves() {
    document.querySelectorAll('form.autosave-form[data-autosave-url]').forEach(function (form) {
      if (!autosaved.has(form)) {
        autosaved.add(form);
        shared.autosave(form, {
          url: form.getAttribute('data-autosave-url'),
          field: form.querySelector('textarea'),
          revision: 'revision',
          status: form.querySelector('[data-save-status]'),
          preview: form.querySelector('[data-notes-preview]')
        });
      }
    });
  }

  // The sheet page's form, and the console's scoring (the same sheet), guarded there so a stage change saves first.
  var sheetsAutosaved = new WeakSet();

  function setUpSheetAutosave(form) {
    if (sheetsAutosaved.has(form)) {
      return;
    }
    sheetsAutosaved.add(form);
    var onConsole = form.classList.contains('desk-scoring__form');
    shared.autosave(form, {
      url: form.getAttribute('data-sheet-autosave-url'),
      version: 'version',
      status: form.querySelector('[data-save-status]'),
      saving: onConsole ? 'Saving to your sheet…' : 'Saving draft…',
      saved: onConsole ? 'Saved to your sheet at ' : 'Draft saved at ',
      guard: onConsole
    });
  }

  function setUpSheetAutosaves() {
    document.querySelectorAll('form[data-sheet-autosave-url]').forEach(setUpSheetAutosave);
  }

  // ---- Leaving the page --------------------------------------------------------------------------------
  // The page's own navigation (its forms and links) saves the notes first and never asks "Leave site?".
  // The browser still asks when someone closes the tab or goes elsewhere with notes unsaved (autosave.js).
  function setUpLeaving() {
    var released = null;
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (event.defaultPrevented) {
        return;
      }
      if (form === released) {
        // Its notes are saved (leave() has decided whether the browser still needs to ask).
        released = null;
        return;
      }
      if (form.classList.contains('autosave-form')) {
        // A notes form carries its own notes.
        return;
      }
      if (!shared.unsaved() || typeof form.requestSubmit !== 'function') {
        return;
      }
      event.preventDefault();
      var submitter = event.submitter && event.submitter.form === form ? event.submitter : null;
      shared.saveAll().then(function () {
        shared.leave(function () {
          released = form;
          if (submitter) {
            form.requestSubmit(submitter);
          } else {
            form.requestSubmit();
          }
        });
      });
    });
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[href]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
          || event.altKey || (link.target && link.target !== '_self') || link.hasAttribute('download')
          || link.origin !== window.location.origin
          || (link.pathname === window.location.pathname && link.search === window.location.search && link.hash)) {
        return;
      }
      if (!shared.unsaved()) {
        return;
      }
      event.preventDefault();
      shared.saveAll().then(function () {
        shared.leave(function () { window.location.assign(link.href); });
      });
    });
  }

  // ---- Live updates ------------------------------------------------------------------------------------
  // Runs change() and scrolls so that anchor stays where it was on screen. Scrolling lands on whole pixels: while
  // the reader stays put, the place they had is kept from one update to the next, so nothing drifts.
  var held = null;

  function keepInPlace(anchor, change) {
    if (!anchor) {
      change();
      return;
    }
    var stayedPut = held && held.anchor === anchor && held.scrollY === window.scrollY;
    var before = stayedPut ? held.top : anchor.getBoundingClientRect().top;
    change();
    if (anchor.isConnected) {
      var moved = anchor.getBoundingClientRect().top - before;
      if (moved !== 0) {
        window.scrollBy(0, moved);
      }
      held = { anchor: anchor, top: before, scrollY: window.scrollY };
    }
  }

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
        swapPage();
        return;
      }
      // What the reader opened (the candidate's notes as typed) stays open.
      current.querySelectorAll('details[id][open]').forEach(function (opened) {
        var same = next.querySelector('details[id="' + opened.id + '"]');
        if (same) {
          same.open = true;
        }
      });
      if (next.getAttribute('data-live-key') === current.getAttribute('data-live-key')
          && next.innerHTML === current.innerHTML) {
        return;
      }
      var stageChanged = next.getAttribute('data-live-key') !== current.getAttribute('data-live-key');
      var focused = current.contains(document.activeElement) ? document.activeElement.id : '';
      // A reader further down (e.g. in the guide) keeps their place while the live part grows or shrinks.
      var below = current.getBoundingClientRect().bottom <= 0 ? current.nextElementSibling : null;
      keepInPlace(below, function () { current.replaceWith(next); });
      refocus(focused);
      startTimer();
      updated();
      if (stageChanged) {
        announceStage();
      }
    }

    // A change beyond the live part (a new stage's forms, the wrap-up's self-assessment, another question): save
    // the notes, fetch the page and swap it in place. Parts marked data-keep that the new page has under the same
    // key stay as they are, with what is being typed in them.
    var swapping = false;
    var swapAgain = false;

    function swapPage() {
      if (swapping) {
        swapAgain = true;
        return;
      }
      swapping = true;
      shared.saveAll()
        .then(function () {
          return fetch(window.location.pathname + window.location.search,
            { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', cache: 'no-store' });
        })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (leaving) {
            return;
          }
          if (!html || !replacePage(html)) {
            // E.g. the link was revoked: the page's own answer says so.
            shared.leave(function () { window.location.reload(); });
          }
        })
        .catch(function () { /* The next update tries again. */ })
        .then(function () {
          swapping = false;
          if (swapAgain) {
            swapAgain = false;
            refresh();
          }
        });
    }

    function replacePage(html) {
      var page = new window.DOMParser().parseFromString(html, 'text/html');
      var next = page.querySelector('[data-live-url]');
      var liveBefore = document.getElementById('live');
      var liveAfter = page.getElementById('live');
      if (!next || !liveBefore || !liveAfter) {
        return false;
      }
      var stageChanged = liveAfter.getAttribute('data-live-key') !== liveBefore.getAttribute('data-live-key');
      var keep = new Map();
      next.querySelectorAll(':scope > [data-keep]').forEach(function (part) {
        var old = root.querySelector(':scope > [data-keep="' + part.getAttribute('data-keep') + '"]');
        if (old) {
          keep.set(part, old);
        }
      });
      var kept = Array.from(keep.values());
      var active = document.activeElement;
      var focused = active && active !== document.body ? active.id : '';
      var anchor = kept.filter(function (part) { return part.contains(active); })[0] || kept[0] || null;
      keepInPlace(anchor, function () {
        Array.from(root.childNodes).forEach(function (node) {
          if (kept.indexOf(node) < 0) {
            node.remove();
          }
        });
        var position = root.firstChild;
        Array.from(next.childNodes).forEach(function (node) {
          var old = keep.get(node);
          if (old) {
            position = old.nextSibling;
          } else {
            root.insertBefore(document.adoptNode(node), position);
          }
        });
      });
      document.title = page.title;
      refocus(focused);
      setUpNewAutosaves();
      setUpSheetAutosaves();
      setUpCopy();
      startTimer();
      updated();
      if (stageChanged) {
        announceStage();
      }
      // Whatever was typed while the page was on its way is saved too (in the form it was typed in).
      shared.saveAll();
      return true;
    }

    // Tells the page's other parts (the shortcuts) that parts of the page were replaced.
    function updated() {
      document.dispatchEvent(new CustomEvent('interview:updated'));
    }

    function refocus(id) {
      var element = id && document.getElementById(id);
      if (element && element !== document.activeElement) {
        element.focus({ preventScroll: true });
      }
    }

    function announceStage() {
      var heading = document.getElementById('stage-heading');
      var announcer = document.getElementById('stage-announcer');
      if (announcer && heading) {
        announcer.textContent = heading.textContent.trim();
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
  // Also run after a page swap: only controls that are new get set up.
  var copyReady = new WeakSet();

  function setUpCopy() {
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var field = document.querySelector(button.getAttribute('data-copy'));
      if (!field || !navigator.clipboard || copyReady.has(button)) {
        return;
      }
      copyReady.add(button);
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(field.value).then(function () {
          button.textContent = 'Copied';
          window.setTimeout(function () { button.textContent = 'Copy link'; }, 2000);
        });
      });
    });
    document.querySelectorAll('a[data-copy-url]').forEach(function (link) {
      if (!navigator.clipboard || copyReady.has(link)) {
        return;
      }
      copyReady.add(link);
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

  // ---- Time stamps: "[12:34] " from the interview's clock, as the live part last rendered it ----------------
  var clockSeen = null;
  var clockSeenAt = 0;

  function interviewSeconds() {
    var live = document.getElementById('live');
    if (!live || !live.hasAttribute('data-interview-elapsed')) {
      return null;
    }
    if (live !== clockSeen) {
      clockSeen = live;
      clockSeenAt = Date.now();
    }
    var seconds = Number(live.getAttribute('data-interview-elapsed'));
    if (live.getAttribute('data-interview-running') === 'true') {
      seconds += Math.floor((Date.now() - clockSeenAt) / 1000);
    }
    return seconds;
  }

  function stamp() {
    var seconds = interviewSeconds();
    return seconds === null ? '' : '[' + shared.clock(seconds) + '] ';
  }

  // As if typed: undo works, the autosave hears it.
  function insertAtCaret(field, text) {
    if (!text) {
      return;
    }
    if (document.activeElement !== field) {
      field.focus();
    }
    var typed = false;
    try {
      typed = document.execCommand('insertText', false, text);
    } catch (ignored) {
      typed = false;
    }
    if (!typed) {
      field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  var AUTO_STAMP_KEY = 'mockinterview.autoStamp';

  function autoStamping() {
    try {
      return window.localStorage.getItem(AUTO_STAMP_KEY) === 'on';
    } catch (ignored) {
      return false;
    }
  }

  function setUpStamps() {
    var toggle = document.getElementById('auto-stamp');
    if (toggle) {
      toggle.checked = autoStamping();
      toggle.addEventListener('change', function () {
        try {
          window.localStorage.setItem(AUTO_STAMP_KEY, toggle.checked ? 'on' : 'off');
        } catch (ignored) { /* Private mode: the choice lasts for this page. */ }
      });
    }
    // "Stamp new lines": Enter, and the first key in an empty field, start with the time.
    document.addEventListener('keydown', function (event) {
      var field = event.target;
      if (!field.matches || !field.matches('textarea[data-stamps]') || event.isComposing
          || !(toggle ? toggle.checked : autoStamping())) {
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        insertAtCaret(field, '\n' + stamp());
      } else if (field.value === '' && event.key.length === 1 && !event.altKey && !event.ctrlKey && !event.metaKey) {
        insertAtCaret(field, stamp());
      }
    });
  }

  // ---- Keyboard shortcuts: Alt+Shift+letter clashes with neither typing, browsers nor screen readers (Insert,
  // Caps Lock, Control+Option), so they work in text areas. By event.code, which Option on a Mac leaves alone.
  var SHORTCUTS = {
    KeyN: { target: '[data-shortcut="next"]', keys: 'Alt+Shift+N' },
    KeyP: { target: '[data-shortcut="previous"]', keys: 'Alt+Shift+P' },
    KeyH: { target: '[data-shortcut="pause"]', keys: 'Alt+Shift+H' },
    KeyO: { focus: '#private-notes', keys: 'Alt+Shift+O' },
    KeyE: { evidence: true, keys: 'Alt+Shift+E' },
    KeyD: { stamp: true, keys: 'Alt+Shift+D' }
  };

  function announce(text) {
    var announcer = document.getElementById('desk-announcer');
    if (announcer) {
      announcer.textContent = '';
      window.setTimeout(function () { announcer.textContent = text; }, 50);
    }
  }

  // The evidence of the next criterion without a rating, after the focused one.
  function nextUnratedEvidence() {
    var criteria = Array.from(document.querySelectorAll('#scoring fieldset.criterion'));
    var current = criteria.findIndex(function (fieldset) { return fieldset.contains(document.activeElement); });
    for (var step = 1; step <= criteria.length; step++) {
      var fieldset = criteria[(current + step + criteria.length) % criteria.length];
      var chosen = fieldset.querySelector('input[type="radio"]:checked');
      if (!chosen || chosen.value === '') {
        return fieldset.querySelector('textarea[data-evidence]');
      }
    }
    return null;
  }

  // Again after a live update or a page swap.
  function labelShortcuts() {
    Object.keys(SHORTCUTS).forEach(function (code) {
      var shortcut = SHORTCUTS[code];
      var selector = shortcut.target || shortcut.focus || (shortcut.evidence ? '#scoring textarea[data-evidence]' : null);
      if (selector) {
        document.querySelectorAll(selector).forEach(function (element) {
          element.setAttribute('aria-keyshortcuts', shortcut.keys);
        });
      }
    });
  }

  function setUpShortcuts() {
    var list = document.getElementById('shortcuts');
    if (list) {
      list.hidden = false;
    }
    labelShortcuts();
    document.addEventListener('interview:updated', labelShortcuts);
    document.addEventListener('keydown', function (event) {
      if (!(event.altKey && event.shiftKey) || event.ctrlKey || event.metaKey) {
        return;
      }
      var shortcut = SHORTCUTS[event.code];
      if (!shortcut) {
        return;
      }
      if (shortcut.target) {
        var button = document.querySelector(shortcut.target);
        if (button && !button.disabled) {
          event.preventDefault();
          button.click();
        }
      } else if (shortcut.focus) {
        var field = document.querySelector(shortcut.focus);
        if (field) {
          event.preventDefault();
          field.focus();
        }
      } else if (shortcut.evidence) {
        if (!document.querySelector('#scoring textarea[data-evidence]')) {
          return;
        }
        event.preventDefault();
        var evidence = nextUnratedEvidence();
        if (evidence) {
          evidence.focus();
        } else {
          announce('Every criterion of this question is rated.');
        }
      } else if (shortcut.stamp) {
        var active = document.activeElement;
        if (active && active.matches && active.matches('textarea[data-stamps]')) {
          event.preventDefault();
          insertAtCaret(active, stamp());
        }
      }
    });
  }

  startTimer();
  setUpNewAutosaves();
  setUpLeaving();
  setUpSheetAutosaves();
  var live = document.querySelector('[data-live-url]');
  if (live) {
    setUpLive(live);
  }
  setUpCopy();
  setUpShortcuts();
  setUpStamps();
})();
