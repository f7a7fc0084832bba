// Small enhancements for every page; each does nothing where its markup is absent, and every page works without them.
(function () {
  'use strict';

  // Long forms (data-enter-submits="nee"): Enter in a one-line field does not send the whole form half-filled.
  // Users press Enter after a title out of habit; Tab and the buttons still work as always.
  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || event.isComposing || !field || field.tagName !== 'INPUT') {
      return;
    }

    var type = (field.getAttribute('type') || 'text').toLowerCase();
    var form = field.form;
    if (form && form.getAttribute('data-enter-submits') === 'nee' && ['text', 'search', 'email', 'number', 'date', 'url', 'tel'].indexOf(type) >= 0) {
      event.preventDefault();
    }
  });
})();
