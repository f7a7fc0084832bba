// Small enhancements for every page; each does nothing where its markup is absent, and every page works without them.
(function () {
  'use strict';

  // A refused form comes back at the top of the page; on a phone its error summary sits below the menus, out of sight.
  // The summary takes the focus (and so comes into view); it is role="alert", and its links lead to the fields.
  var errorSummary = document.querySelector('.oh-error-summary');
  if (errorSummary) {
    errorSummary.setAttribute('tabindex', '-1');
    errorSummary.focus();
  }

  // A form that answers on the same page below itself (data-focus-on-load: "Eerst bekijken wat het vindt") brings
  // the answer into view and focus, else nothing seems to happen on the first screen.
  var answer = !errorSummary && document.querySelector('[data-focus-on-load]');
  if (answer) {
    answer.setAttribute('tabindex', '-1');
    answer.focus();
  }

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

  // Zoeken (data-filters-direct="ja"): a changed filter is applied without pressing a button. The page says so above the
  // filters (WCAG 3.2.2), waits a moment so arrowing through a list does not search at every step, and puts the focus
  // back on the filter after the page has loaded again.
  var searchForm = document.querySelector('form[data-filters-direct="ja"]');
  if (searchForm) {
    var focusKey = 'oh-filter-focus';
    var timer = null;
    searchForm.addEventListener('change', function (event) {
      var control = event.target;
      if (!control || !control.closest || !control.closest('.oh-filter-panel')) {
        return;
      }

      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        try {
          window.sessionStorage.setItem(focusKey, control.id);
        } catch (e) {
          // Private mode without storage: the focus simply starts at the top.
        }

        if (searchForm.requestSubmit) {
          searchForm.requestSubmit();
        } else {
          searchForm.submit();
        }
      }, control.tagName === 'SELECT' ? 700 : 0);
    });

    try {
      var focusId = window.sessionStorage.getItem(focusKey);
      window.sessionStorage.removeItem(focusKey);
      var again = focusId && document.getElementById(focusId);
      if (again) {
        again.focus();
      }
    } catch (e) {
      // No storage: nothing to restore.
    }
  }
})();
