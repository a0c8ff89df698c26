// The replay's slider (fragments/replay.html): dragging to a minute fetches the notes as they were then from the
// replay endpoint (debounced) and swaps them in. Without this file the minute field and "Show" reload the page.
// Events are delegated to the document, so a replay that arrives later (a page swapped in live) works too.
(function () {
  'use strict';

  if (!window.fetch || !window.MutationObserver) {
    return;
  }
  var timer = null;
  var requested = 0;

  function enhance() {
    document.querySelectorAll('[data-replay-slider][hidden]').forEach(function (slider) {
      slider.hidden = false;
    });
  }

  function show(section, minute) {
    var ticket = ++requested;
    var url = section.getAttribute('data-replay-url') + '?at=' + encodeURIComponent(minute);
    var status = section.querySelector('[data-replay-status]');
    fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        if (ticket !== requested) {
          return;
        }
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        var next = template.content.querySelector('#replay-body');
        var current = section.querySelector('#replay-body');
        if (!next || !current) {
          return;
        }
        current.replaceWith(next);
        var heading = next.querySelector('h3');
        if (status && heading) {
          status.textContent = heading.textContent;
        }
        var address = new URL(window.location.href);
        address.searchParams.set('at', minute);
        window.history.replaceState(window.history.state, '', address.pathname + address.search + address.hash);
      })
      .catch(function () {
        if (ticket === requested && status) {
          status.textContent = 'That minute could not be loaded. Use the minute field and Show instead.';
        }
      });
  }

  document.addEventListener('input', function (event) {
    var target = event.target;
    var section = target.closest ? target.closest('[data-replay-url]') : null;
    if (!section) {
      return;
    }
    if (target.matches('[data-replay-range]')) {
      var field = section.querySelector('[data-replay-minute]');
      if (field) {
        field.value = target.value;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { show(section, target.value); }, 200);
    }
    else if (target.matches('[data-replay-minute]')) {
      var range = section.querySelector('[data-replay-range]');
      if (range && target.value !== '') {
        range.value = target.value;
      }
    }
  });

  enhance();
  new window.MutationObserver(enhance).observe(document.body, { childList: true, subtree: true });
})();
