// MicroCred front-end behaviour. No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // Move focus to the error summary after a failed save, so screen-reader and keyboard users hear it first.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }

  // Error-summary links move focus to the field, not only scroll to it.
  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var target = document.getElementById(link.getAttribute('href').substring(1));
      if (target) {
        event.preventDefault();
        target.focus();
        target.scrollIntoView({ block: 'center' });
      }
    });
  });

  // Ask before leaving a form with unsaved changes.
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    var dirty = false;
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });

  // A "select all" checkbox ticks or clears every checkbox with the name in data-select-all.
  document.querySelectorAll('[data-select-all]').forEach(function (all) {
    var boxes = function () { return document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute('data-select-all') + '"]'); };
    all.addEventListener('change', function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
    });
  });

  // Buttons that need a confirmation carry data-confirm="question".
  document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
  // Bulk work (issuing or importing thousands) takes a while: once the form is sent, its submit buttons are disabled (no second
  // click) and a status message says what is happening. The server's answer stays the truth; this only fills the wait.
  document.querySelectorAll('form[data-busy]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) {
        return;
      }
      var status = form.querySelector('[data-busy-status]');
      if (!status) {
        status = document.createElement('p');
        status.setAttribute('role', 'status');
        status.className = 'busy-status mt-2 mb-0';
        form.appendChild(status);
      }
      // Disable after the submit has been sent, so the button's own name/value still travel with the form.
      window.setTimeout(function () {
        form.querySelectorAll('button[type=submit], input[type=submit]').forEach(function (button) {
          button.disabled = true;
          button.setAttribute('aria-disabled', 'true');
        });
        status.textContent = form.getAttribute('data-busy');
      }, 0);
    });
  });
})();
