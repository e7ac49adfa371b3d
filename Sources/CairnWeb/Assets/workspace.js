// Cairn workspace: a live word count for each evidence text, and autosave; no dependencies.
//
// For each <textarea data-autosave> (with optional data-max-words and data-min-words) it counts
// words the way Cairn does (runs of letters and digits; ' ’ and - inside a word do not split it),
// shows "N of at most M words" in a polite live region, and saves the textarea's form 1.5 s after
// typing stops and when the field loses focus: a POST of the form with Accept: application/json,
// answered {"saved": true, "wordCount": n, "savedAt": "…"} or 422 {"errors": {"field": "message"}}. When the
// save made an item chosen to be shown with the credential private again ("publicChoiceLapsed": why), its
// "Show with my credential" box is unticked and the reason shown beside it.
// The form's Save button keeps working without JavaScript.
(function () {
  "use strict";

  var DELAY_MS = 1500;
  var WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
  var JOINERS = "'\u2019-";

  function countWords(text) {
    var count = 0, inWord = false;
    for (var ch of text) {
      var isWordChar = WORD_CHAR.test(ch);
      if (isWordChar && !inWord) count += 1;
      if (isWordChar) inWord = true;
      else if (JOINERS.indexOf(ch) < 0) inWord = false;
    }
    return count;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function countText(words, min, max) {
    if (max) return words + " of at most " + plural(max, "word");
    if (min) return plural(words, "word") + " (at least " + min + ")";
    return plural(words, "word");
  }

  function paragraph(className, attributes) {
    var p = document.createElement("p");
    p.className = className;
    for (var name in attributes) p.setAttribute(name, attributes[name]);
    return p;
  }

  function timeOf(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return "";
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  // The save made an item chosen to be shown private again: untick its box and say why beside it.
  function lapsePublicChoice(area, message) {
    var requirement = area.name.replace(/^text-/, "");
    var box = document.getElementById("public-" + requirement);
    if (!box) return;
    box.checked = false;
    var id = "public-" + requirement + "-lapsed";
    var note = document.getElementById(id);
    if (!note) {
      note = paragraph("field-error", { id: id, role: "status" });
      box.parentElement.insertAdjacentElement("afterend", note);
      box.setAttribute("aria-describedby", id + " " + (box.getAttribute("aria-describedby") || ""));
    }
    note.textContent = message;
  }

  function enhance(area) {
    if (area.dataset.autosaveReady) return;
    area.dataset.autosaveReady = "1";
    var form = area.form;
    if (!form) return;
    var max = parseInt(area.dataset.maxWords, 10) || 0;
    var min = parseInt(area.dataset.minWords, 10) || 0;
    var counter = paragraph("word-count", { id: area.id + "-count", "aria-live": "polite" });
    var status = paragraph("autosave-status", { id: area.id + "-status", role: "status" });
    area.insertAdjacentElement("afterend", status);
    area.insertAdjacentElement("afterend", counter);
    var timer = null, saving = false, dirty = false, lastSaved = area.value;

    function showCount() {
      var words = countWords(area.value);
      counter.textContent = countText(words, min, max);
      counter.classList.toggle("word-count--over", max > 0 && words > max);
    }

    function fail(message) {
      status.textContent = "Not saved: " + message;
      status.classList.add("autosave-status--error");
    }

    function save() {
      clearTimeout(timer);
      timer = null;
      if (saving) { dirty = true; return; }
      if (area.value === lastSaved) return;
      saving = true;
      dirty = false;
      var sent = area.value;
      status.textContent = "Saving…";
      status.classList.remove("autosave-status--error");
      fetch(form.action, {
        method: "POST",
        headers: { "Accept": "application/json" },
        body: new URLSearchParams(new FormData(form)),
        credentials: "same-origin",
        redirect: "manual",
        cache: "no-store"
      }).then(function (response) {
        var isJSON = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
        if (!isJSON) {
          fail(response.type === "opaqueredirect" || response.status === 403
            ? "you may have been signed out. Copy your text, sign in again, then press Save."
            : "the server did not answer (" + response.status + "). Press Save to try again.");
          return;
        }
        return response.json().then(function (body) {
          if (response.ok && body.saved) {
            lastSaved = sent;
            status.textContent = "Saved at " + timeOf(body.savedAt);
            if (body.publicChoiceLapsed) lapsePublicChoice(area, body.publicChoiceLapsed);
          } else {
            var errors = body.errors || {};
            var first = Object.keys(errors).map(function (key) { return errors[key]; })[0];
            fail(first || body.error || "the server refused it (" + response.status + ").");
          }
        });
      }, function () {
        fail("no connection. Your text is still here; it is saved when the connection is back, or press Save.");
      }).then(function () {
        saving = false;
        if (dirty || area.value !== lastSaved && !status.classList.contains("autosave-status--error")) schedule();
      });
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(save, DELAY_MS);
    }

    area.addEventListener("input", function () { showCount(); schedule(); });
    area.addEventListener("blur", save);
    window.addEventListener("online", function () { if (area.value !== lastSaved) schedule(); });
    showCount();
  }

  function enhanceAll(root) {
    (root || document).querySelectorAll("textarea[data-autosave]").forEach(enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { enhanceAll(); });
  else enhanceAll();
})();
