// The casusboekje waiting page: asks every two seconds how far the file is, tells changes in a polite live region
// (in steps, so a screen reader is not flooded), and starts the download when it is ready. Without JavaScript the
// page offers a Vernieuwen link instead; it never reloads itself (WCAG 2.2.1).
(function () {
  'use strict';
  var box = document.getElementById('export-voortgang');
  var status = document.getElementById('export-status');
  var bar = document.getElementById('export-balk');
  if (!box || !status || !bar || !window.fetch) {
    return;
  }

  var kind = box.getAttribute('data-kind');
  var spoken = -1;
  var failures = 0;

  function say(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function ask() {
    fetch(box.getAttribute('data-progress-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (answer) {
        failures = 0;
        bar.value = answer.progress;
        bar.textContent = answer.progress + '%';
        if (answer.status === 'klaar') {
          bar.value = 100;
          say('Het ' + kind + ' is klaar; het downloaden begint.');
          var link = document.getElementById('export-vernieuwen');
          if (link) {
            link.textContent = 'Download het ' + kind;
            link.href = answer.download;
          }
          window.location.assign(answer.download);
          return;
        }

        if (answer.status === 'mislukt') {
          say('Het ' + kind + ' kon niet worden gemaakt. Kies Vernieuwen voor meer uitleg.');
          return;
        }

        var step = Math.floor(answer.progress / 25) * 25;
        if (step !== spoken) {
          spoken = step;
          say('Het ' + kind + ' wordt gemaakt: ' + answer.progress + '% klaar.');
        }
        window.setTimeout(ask, 2000);
      })
      .catch(function () {
        failures += 1;
        if (failures < 5) {
          window.setTimeout(ask, 4000);
        } else {
          say('De voortgang kon niet worden opgehaald. Kies Vernieuwen.');
        }
      });
  }

  window.setTimeout(ask, 2000);
})();
