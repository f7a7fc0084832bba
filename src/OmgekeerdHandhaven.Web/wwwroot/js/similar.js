// Progressive enhancement for Nieuw dilemma: while the user types Titel or Situatie, show similar existing dilemmas.
// Without JavaScript the "Zoek vergelijkbare" button does the same with a form post.
(function () {
  'use strict';
  var section = document.getElementById('vergelijkbaar');
  var title = document.getElementById('Title');
  var situation = document.getElementById('Situation');
  var list = document.getElementById('vergelijkbaar-lijst');
  if (!section || !title || !situation || !list || !window.fetch) {
    return;
  }

  var timer = null;
  var last = '';
  function refresh() {
    var query = title.value.trim() + '|' + situation.value.trim();
    if (query === last || (title.value.trim().length < 4 && situation.value.trim().length < 20)) {
      return;
    }

    last = query;
    var url = section.getAttribute('data-similar-url') +
      '?titel=' + encodeURIComponent(title.value.slice(0, 150)) +
      '&situatie=' + encodeURIComponent(situation.value.slice(0, 2000));
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null) {
          list.innerHTML = html;
        }
      })
      .catch(function () { /* the button still works */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 600);
  }

  title.addEventListener('input', schedule);
  situation.addEventListener('input', schedule);
}());
