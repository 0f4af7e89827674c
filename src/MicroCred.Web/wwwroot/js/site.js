// MicroCred front-end behaviour. No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // The step navigation is open beside the page on wide screens and folded above it on narrow ones.
  var stepNav = document.querySelector('details.step-nav');
  if (stepNav && window.matchMedia('(min-width: 992px)').matches) {
    stepNav.open = true;
  }

  // Unfolds every folded row form around an element, so a link to a field inside a row reaches it.
  var unfold = function (element) {
    for (var d = element.closest('details'); d; d = d.parentElement.closest('details')) {
      d.open = true;
    }
  };

  // Move focus to the error summary after a failed save, so screen-reader and keyboard users hear it first.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  } else if (location.hash.length > 1) {
    // After adding, removing, moving or saving a row the page comes back at that row (or the list): focus goes there,
    // and into the new row's form after "Add". Links from the checks to a field inside a row unfold the row.
    var landing = document.getElementById(decodeURIComponent(location.hash.substring(1)));
    if (landing) {
      unfold(landing);
      var form = /[?&]open=/.test(location.search) ? landing.querySelector('[data-row-form]') : null;
      var first = form ? form.querySelector('input:not([type=hidden]), select, textarea') : null;
      var land = function () { (first || landing).focus(); };
      land();
      // The browser's own jump to the #fragment can move focus to the row card after this script: land again once loaded.
      window.addEventListener('load', function () { setTimeout(land, 0); });
    }
  }

  // Error-summary links move focus to the field, not only scroll to it.
  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var target = document.getElementById(link.getAttribute('href').substring(1));
      if (target) {
        event.preventDefault();
        unfold(target);
        target.focus();
        target.scrollIntoView({ block: 'center' });
      }
    });
  });

  // Fields that apply only for some answers (supervision and weight only for summative components…) show as soon as
  // the deciding answer is picked. Without JavaScript they appear after the next save.
  document.querySelectorAll('[data-reveal-name]').forEach(function (field) {
    var form = field.closest('form');
    var values = field.getAttribute('data-reveal-values').split('|');
    var name = field.getAttribute('data-reveal-name');
    var update = function () {
      var control = form.elements.namedItem(name);
      if (!control) return;
      var value = control.value || '';
      var applies = values.indexOf(value) >= 0;
      var filled = [].some.call(field.querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea, select'), function (c) { return c.value; })
        || field.querySelector('input:checked') !== null;
      field.hidden = !applies && !filled;
    };
    form.addEventListener('change', function (event) {
      if (event.target.name === name) update();
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
