// Solo practice enhancements: autosave, live timer and keyboard shortcuts. The page works without this file.
(function () {
  'use strict';

  var form = document.getElementById('stage-form');
  if (!form) {
    return;
  }
  // The shared timer and autosave (autosave.js), loaded while a stage is open.
  var shared = window.MockInterview;

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
    if (!timer || !shared) {
      return;
    }
    var limit = Number(timer.getAttribute('data-limit'));
    var stage = timer.getAttribute('data-stage');
    var announcer = document.getElementById('timer-announcer');
    var announced = limit > 0 && Number(timer.getAttribute('data-elapsed')) > limit;
    shared.timer(timer, function () {
      // Said once, politely: the ticking itself is never announced.
      if (!announced && announcer) {
        announcer.textContent = 'The suggested time for ' + stage + ' is up. Carry on when you are ready.';
        announced = true;
      }
    });
  }

  function setUpAutosave() {
    var notes = document.getElementById('notes');
    if (shared && notes) {
      shared.autosave(form, {
        url: form.getAttribute('data-autosave-url'),
        field: notes,
        revision: 'revision',
        status: document.getElementById('save-status'),
        preview: form.querySelector('[data-notes-preview]'),
        announcer: document.getElementById('timer-announcer')
      });
    }
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
