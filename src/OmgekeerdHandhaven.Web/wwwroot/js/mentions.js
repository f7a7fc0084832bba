// Progressive enhancement for the reactie field: typing "@" and the start of a name suggests colleagues of the own
// gemeente. Arrow keys choose, Enter or a click puts "@Naam" in the text, Escape closes. Without JavaScript a colleague
// is named by typing "@" and their whole name.
(function () {
  'use strict';
  var form = document.querySelector('form[data-collegas-url]');
  var field = form && form.querySelector('textarea');
  var list = document.getElementById('noemen-lijst');
  var status = document.getElementById('noemen-status');
  if (!field || !list || !status || !window.fetch) {
    return;
  }

  var url = form.getAttribute('data-collegas-url');
  field.setAttribute('aria-autocomplete', 'list');
  field.setAttribute('aria-controls', 'noemen-lijst');
  var options = [];
  var active = -1;
  var timer = null;
  var asked = '';

  // What follows the last "@" before the caret, when that "@" starts a word and the line holds nothing else after it.
  function typed() {
    var before = field.value.slice(0, field.selectionStart);
    var at = before.lastIndexOf('@');
    if (at < 0 || (at > 0 && /[\p{L}\p{N}]/u.test(before.charAt(at - 1)))) {
      return null;
    }

    var term = before.slice(at + 1);
    return term.length > 0 && term.length <= 40 && !/[\n@]/.test(term) ? { at: at, term: term } : null;
  }

  function close() {
    asked = '';
    options = [];
    active = -1;
    list.hidden = true;
    list.innerHTML = '';
    field.removeAttribute('aria-activedescendant');
  }

  function show(names) {
    close();
    options = names;
    names.forEach(function (name, index) {
      var item = document.createElement('li');
      item.id = 'noemen-' + index;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.className = 'oh-mention-option';
      item.textContent = name;
      item.addEventListener('mousedown', function (event) {
        event.preventDefault();
        choose(index);
      });
      list.appendChild(item);
    });
    list.hidden = names.length === 0;
    status.textContent = names.length === 0 ? 'Geen collega gevonden.' :
      names.length + (names.length === 1 ? ' collega gevonden' : ' collega\'s gevonden') + '. Kies met pijl omlaag en Enter.';
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (item, i) {
      item.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    field.setAttribute('aria-activedescendant', 'noemen-' + index);
    // Said as well: screen readers follow aria-activedescendant on a plain text field poorly.
    status.textContent = options[index] + ', ' + (index + 1) + ' van ' + options.length;
  }

  function choose(index) {
    var current = typed();
    if (!current) {
      close();
      return;
    }

    var name = '@' + options[index] + ' ';
    var end = field.selectionStart;
    field.value = field.value.slice(0, current.at) + name + field.value.slice(end);
    var caret = current.at + name.length;
    field.setSelectionRange(caret, caret);
    status.textContent = options[index] + ' genoemd.';
    close();
    field.focus();
  }

  function lookup() {
    var current = typed();
    if (!current) {
      close();
      return;
    }

    if (current.term === asked) {
      return;
    }

    asked = current.term;
    fetch(url + '?zoek=' + encodeURIComponent(current.term), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (found) {
        var still = typed();
        if (still && still.term === current.term) {
          show(found.map(function (f) { return f.naam; }));
        }
      })
      .catch(close);
  }

  field.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 200);
  });
  field.addEventListener('keydown', function (event) {
    if (options.length === 0) {
      return;
    }

    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      var step = event.key === 'ArrowDown' ? 1 : -1;
      highlight(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      close();
    }
  });
  field.addEventListener('blur', function () {
    window.setTimeout(close, 150);
  });
}());
