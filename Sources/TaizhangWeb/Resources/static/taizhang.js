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

// Dispatch screen: arrow keys move between the boxes like a sheet (up/down in the same column; left/right at
// the ends of the text), and the month's 累计 follows what is typed, added exactly on decimal strings.
(function () {
  "use strict";
  document.querySelectorAll("form[data-grid]").forEach(function (form) {
    var rows = Array.prototype.filter.call(form.querySelectorAll("tbody tr"), function (tr) {
      return tr.querySelector("input:not([type=hidden])");
    });
    function cells(tr) { return Array.prototype.slice.call(tr.querySelectorAll("input:not([type=hidden])")); }
    form.addEventListener("keydown", function (event) {
      var target = event.target;
      if (target.tagName !== "INPUT") return;
      var tr = target.closest("tr");
      var rowIndex = rows.indexOf(tr);
      if (rowIndex < 0) return;
      var column = cells(tr).indexOf(target);
      var next = null;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        var other = rows[rowIndex + (event.key === "ArrowDown" ? 1 : -1)];
        if (other) next = cells(other)[column];
      } else if (event.key === "ArrowRight" && target.selectionStart === target.value.length) {
        next = cells(tr)[column + 1] || (rows[rowIndex + 1] && cells(rows[rowIndex + 1])[0]);
      } else if (event.key === "ArrowLeft" && target.selectionEnd === 0) {
        var before = rows[rowIndex - 1];
        next = cells(tr)[column - 1] || (before && cells(before)[cells(before).length - 1]);
      }
      if (next) { event.preventDefault(); next.focus(); if (next.select) next.select(); }
    });

    // Exact decimal addition on strings: scale both to the longer fraction and add as BigInt.
    function parse(text) {
      var t = String(text).replace(/[,\s]/g, "").replace(/[０-９．]/g, function (c) {
        return c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
      });
      if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
      var negative = t.charAt(0) === "-";
      if (negative) t = t.slice(1);
      var parts = t.split(".");
      return { negative: negative, digits: parts[0] + (parts[1] || ""), scale: (parts[1] || "").length };
    }
    function toBig(n, scale) {
      if (typeof BigInt === "undefined") return null;
      var value = BigInt(n.digits + "0".repeat(scale - n.scale));
      return n.negative ? -value : value;
    }
    function format(value, scale) {
      var negative = value < 0;
      var s = (negative ? -value : value).toString();
      while (s.length <= scale) s = "0" + s;
      var whole = s.slice(0, s.length - scale), fraction = s.slice(s.length - scale);
      // Two decimals, rounded half-up, grouped like the server's tables.
      var cents = BigInt(whole + fraction.padEnd(Math.max(scale, 2), "0").slice(0, 2));
      if (scale > 2 && Number(fraction.charAt(2)) >= 5) cents += BigInt(1);
      var c = cents.toString().padStart(3, "0");
      var w = c.slice(0, c.length - 2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      return (negative && cents !== BigInt(0) ? "-" : "") + w + "." + c.slice(c.length - 2);
    }
    form.querySelectorAll("input[data-year-before]").forEach(function (input) {
      var cell = document.getElementById(input.getAttribute("data-cumulative"));
      if (!cell) return;
      input.addEventListener("input", function () {
        var base = parse(input.getAttribute("data-year-before"));
        var typed = input.value.trim() === "" ? parse("0") : parse(input.value);
        if (!base || !typed) { cell.textContent = "—"; return; }
        var scale = Math.max(base.scale, typed.scale);
        var a = toBig(base, scale), b = toBig(typed, scale);
        if (a === null || b === null) return;
        cell.textContent = format(a + b, scale);
      });
    });
  });
})();

// Report editor: the preview follows the text as it is typed (a pause of a second, or a new unit or period),
// by posting the form's own 预览 in the background; without this file the 预览 button does the same.
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser || !window.URLSearchParams) return;
  document.querySelectorAll("form[data-live-preview]").forEach(function (form) {
    var target = document.getElementById(form.getAttribute("data-live-preview"));
    if (!target) return;
    var timer = null;
    var sent = 0;
    function refresh() {
      var body = new URLSearchParams(new FormData(form));
      body.set("action", "preview");
      var number = ++sent;
      // getAttribute: the buttons are named "action", which shadows form.action.
      fetch(form.getAttribute("action"), {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" }
      }).then(function (response) { return response.text(); }).then(function (html) {
        if (number !== sent) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(target.id);
        if (fresh) target.innerHTML = fresh.innerHTML;
      }).catch(function () { /* the 预览 button still works */ });
    }
    function later(delay) { clearTimeout(timer); timer = setTimeout(refresh, delay); }
    form.addEventListener("input", function (event) { if (event.target.tagName === "TEXTAREA") later(1000); });
    form.addEventListener("change", function (event) { if (event.target.tagName === "SELECT") later(100); });
  });
})();
