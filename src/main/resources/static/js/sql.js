// SQL workbench enhancements: syntax highlighting, Run and Check without a reload, Ctrl+Enter to run, and the
// query's autosave. Loaded only on pages with a SQL exercise; the workbench works without this file.
(function () {
  'use strict';

  var input = document.getElementById('sql-query');
  var result = document.getElementById('sql-result');
  if (!input || !result || !input.form || !window.fetch) {
    return;
  }
  var form = input.form;
  var panel = input.closest('.sql');
  var status = document.getElementById('sql-save-status');
  var csrf = form.querySelector('input[name="_csrf"]');

  var KEYWORDS = ('select from where group by order having limit offset with recursive as on join left right full ' +
    'inner outer cross natural using and or not in is null like ilike between case when then else end distinct ' +
    'union all intersect except over partition rows range preceding following current row unbounded asc desc ' +
    'nulls first last filter qualify window exists any cast interval true false lateral values insert into ' +
    'create table update delete set').split(' ');
  var keywordSet = {};
  KEYWORDS.forEach(function (word) { keywordSet[word] = true; });
  var TOKEN = /(--[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|('(?:[^']|'')*'?)|("(?:[^"]|"")*"?)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][A-Za-z0-9_]*)|([\s\S])/g;

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function highlight(sql) {
    return sql.replace(TOKEN, function (all, comment, string, quoted, number, word) {
      if (comment) { return '<span class="tok-c">' + escape(comment) + '</span>'; }
      if (string) { return '<span class="tok-s">' + escape(string) + '</span>'; }
      if (number) { return '<span class="tok-n">' + number + '</span>'; }
      if (word && keywordSet[word.toLowerCase()]) { return '<span class="tok-k">' + word + '</span>'; }
      return escape(all);
    });
  }

  // A highlighted copy of the text sits under the transparent textarea, which keeps all editing native.
  var layer = document.createElement('pre');
  layer.className = 'sql__highlight';
  layer.setAttribute('aria-hidden', 'true');
  input.parentNode.insertBefore(layer, input);
  var style = window.getComputedStyle(input);
  ['paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderLeftWidth'].forEach(
    function (property) { layer.style[property] = style[property]; });
  input.parentNode.classList.add('sql__editor--live');

  function render() {
    layer.innerHTML = highlight(input.value) + '\n';
    layer.scrollTop = input.scrollTop;
  }
  input.addEventListener('scroll', function () { layer.scrollTop = input.scrollTop; });
  render();

  function body() {
    var fields = new URLSearchParams();
    if (csrf) {
      fields.set('_csrf', csrf.value);
    }
    fields.set('query', input.value);
    return fields;
  }

  // Autosave (autosave.js): the query is kept with the attempt like notes.
  var autosave = window.MockInterview && panel && window.MockInterview.autosave(form, {
    url: panel.getAttribute('data-sql-save-url'),
    field: input,
    body: body,
    status: status,
    saving: 'Saving the query…',
    saved: 'Query saved at ',
    guard: false
  });
  input.addEventListener('input', render);

  // Run and Check answer with the result fragment, swapped in place.
  var running = false;
  function say(text) {
    status.textContent = text;
    status.removeAttribute('data-state');
  }
  function submit(button) {
    if (running) {
      return;
    }
    running = true;
    if (autosave) {
      // The run saves the query.
      autosave.markSaved();
    }
    var buttons = panel.querySelectorAll('[data-sql-action]');
    buttons.forEach(function (b) { b.disabled = true; });
    say(button.getAttribute('data-sql-action') === 'check' ? 'Checking…' : 'Running…');
    fetch(button.formAction, { method: 'POST', body: body(), credentials: 'same-origin',
      headers: { 'HX-Request': 'true', 'Accept': 'text/html' } }).then(function (response) {
      return response.text().then(function (html) {
        var swapped = html.indexOf('id="sql-result"') >= 0;
        if (swapped) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#sql-result');
          result.replaceWith(fresh);
          result = fresh;
          say('');
        } else {
          say('Not run (' + response.status + '): reload the page.');
        }
      });
    }, function () {
      say('Not run: no connection. Try again.');
    }).then(function () {
      running = false;
      buttons.forEach(function (b) { b.disabled = false; });
    });
  }
  panel.querySelectorAll('[data-sql-action]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      event.preventDefault();
      submit(button);
    });
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit(panel.querySelector('[data-sql-action="run"]'));
    }
  });
})();
