// Taizhang — small enhancements only; every page works without this file.
(function () {
  "use strict";

  // Entry forms: Enter moves to the next field instead of submitting by accident.
  document.querySelectorAll("form[data-enter-moves]").forEach(function (form) {
    form.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.key !== "Enter" || target.tagName !== "INPUT" || target.type === "submit") return;
      event.preventDefault();
      var fields = Array.prototype.filter.call(form.querySelectorAll("input, select, textarea, button"), function (el) {
        return !el.disabled && el.type !== "hidden" && el.offsetParent !== null;
      });
      var index = fields.indexOf(target);
      var next = fields[index + (event.shiftKey ? -1 : 1)];
      if (next) { next.focus(); if (next.select) next.select(); }
    });
  });

  // Pickers: changing the unit or month reloads the page at once.
  document.querySelectorAll("form.pickers select").forEach(function (field) {
    field.addEventListener("change", function () { field.form.submit(); });
  });
  document.querySelectorAll("form.pickers [data-js-hide]").forEach(function (el) { el.hidden = true; });

  // Destructive actions ask first.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
    });
  });

  // Import: show the chosen file's name next to the button.
  document.querySelectorAll("input[type=file][data-file-label]").forEach(function (input) {
    var label = document.getElementById(input.getAttribute("data-file-label"));
    input.addEventListener("change", function () {
      if (label) label.textContent = input.files.length ? input.files[0].name : "";
    });
  });
})();
