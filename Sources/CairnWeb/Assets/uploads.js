// Cairn resumable uploads: a small client for the protocol in docs/uploads.md, no dependencies.
//
// Any form can use it: <input type="file" name="video" data-resumable-upload>. Choosing a file
// uploads it in 8 MiB chunks with a progress bar; a dropped connection or a server error is retried
// with backoff, at most MAX_ATTEMPTS times in a row, and choosing the same file again after a reload (same name, size and last-modified time)
// resumes from the offset the server reports. When the upload is complete the form carries the
// upload id in a hidden input named after the file input (`video_upload`), and the file input
// itself is no longer submitted. Without JavaScript the form posts the file as usual.
(function () {
  "use strict";

  var CHUNK_BYTES = 8 * 1024 * 1024;
  var MAX_DELAY_MS = 30000;
  var MAX_ATTEMPTS = 12;

  function csrfToken(input) {
    var field = (input.form && input.form.querySelector('input[name="_csrf"]')) || document.querySelector('input[name="_csrf"]');
    var meta = document.querySelector('meta[name="csrf-token"]');
    return field ? field.value : meta ? meta.content : "";
  }

  function storageKey(file) {
    return "cairn-upload:" + file.name + ":" + file.size + ":" + file.lastModified;
  }

  function remember(key, value) {
    try { if (value) localStorage.setItem(key, value); else localStorage.removeItem(key); } catch (e) { /* private mode */ }
  }

  function recall(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  function waitForNetwork() {
    if (navigator.onLine !== false) return Promise.resolve();
    return new Promise(function (resolve) { window.addEventListener("online", resolve, { once: true }); });
  }

  // The progress bar with its label and a text percentage, announced politely to screen readers.
  function progressView(input, file) {
    var id = "upload-" + Math.random().toString(36).slice(2);
    var box = document.createElement("div");
    box.className = "upload-progress";
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = "Uploading " + file.name;
    var bar = document.createElement("progress");
    bar.id = id;
    bar.max = 100;
    bar.value = 0;
    var text = document.createElement("span");
    text.setAttribute("aria-live", "polite");
    text.textContent = "0%";
    box.append(label, " ", bar, " ", text);
    input.insertAdjacentElement("afterend", box);
    var lastAnnounced = -1;
    return {
      update: function (sent) {
        var percent = file.size ? Math.floor((sent / file.size) * 100) : 100;
        bar.value = percent;
        // Announce every 10 % so a screen reader is not flooded.
        if (percent === 100 || percent - lastAnnounced >= 10) { text.textContent = percent + "%"; lastAnnounced = percent; }
      },
      status: function (message) { label.textContent = message; },
      remove: function () { box.remove(); }
    };
  }

  function request(method, url, token, headers, body) {
    var all = { "X-CSRF-Token": token, "Accept": "application/json" };
    for (var name in headers) all[name] = headers[name];
    return fetch(url, { method: method, headers: all, body: body, credentials: "same-origin", cache: "no-store" });
  }

  function offsetOf(response) {
    var value = parseInt(response.headers.get("Upload-Offset"), 10);
    return isNaN(value) ? null : value;
  }

  // The JSON body of a response, or an empty object.
  function jsonOf(response) {
    return response.json().catch(function () { return {}; });
  }

  function refusal(message) {
    var error = new Error(message);
    error.final = true;
    return error;
  }

  // Exponential backoff with jitter: about 1 s, 2 s, 4 s … up to MAX_DELAY_MS.
  function backoff(failures) {
    return Math.min(MAX_DELAY_MS, 1000 * Math.pow(2, failures - 1)) * (0.5 + Math.random() / 2);
  }

  // Finds the upload this file already has on the server (after a reload), or starts one.
  async function locate(file, token) {
    var key = storageKey(file);
    var location = recall(key);
    if (location) {
      var head = await request("HEAD", location, token, {});
      if (head.ok) return { location: location, offset: offsetOf(head) || 0 };
      if (head.status !== 404) throw new Error("HEAD " + head.status);
      remember(key, null);
    }
    var created = await request("POST", "/uploads", token, { "Content-Type": "application/json" },
      JSON.stringify({ filename: file.name, size: file.size, contentType: file.type }));
    if (!created.ok) {
      var problem = await jsonOf(created);
      var error = new Error(problem.error || "The upload could not start (" + created.status + ").");
      error.final = created.status < 500;       // a refusal is final; a server error is retried
      throw error;
    }
    location = created.headers.get("Location");
    remember(key, location);
    return { location: location, offset: 0 };
  }

  // Sends the file chunk by chunk from where the server stands. Every failed or unproductive
  // request counts; progress resets the count; after MAX_ATTEMPTS in a row the upload fails.
  // A 409 names the server's offset, or says the upload is already complete (its final answer
  // was lost): then the status it carries is the result.
  async function upload(input, file, view) {
    var token = csrfToken(input);
    var key = storageKey(file);
    var state = null;
    var failures = 0;
    for (;;) {
      try {
        if (!state) state = await locate(file, token);
        view.update(state.offset);
        var end = Math.min(state.offset + CHUNK_BYTES, file.size);
        var response = await request("PATCH", state.location, token,
          { "Upload-Offset": String(state.offset), "Content-Type": "application/offset+octet-stream" },
          file.slice(state.offset, end));
        if (response.status === 200 || response.status === 409) {
          var status = await jsonOf(response);
          if (status.complete) {
            remember(key, null);
            view.update(file.size);
            return Object.assign(status, { location: state.location });
          }
          if (response.status === 200) throw new Error("PATCH 200 without a finished upload");
          var offset = offsetOf(response);
          if (offset === null || offset === state.offset) throw new Error(status.error || "PATCH 409");
          state.offset = offset;                  // the server has a different offset: go on from there
          if (++failures > MAX_ATTEMPTS) throw refusal("The upload keeps losing its place; please try again.");
          continue;
        }
        if (response.status === 204) {
          var next = offsetOf(response);
          if (next === null || next <= state.offset) throw new Error("PATCH 204 without progress");
          failures = 0;
          state.offset = next;
          continue;
        }
        if (response.status === 404) {
          remember(key, null);
          state = null;
          throw new Error("the upload is gone on the server: starting again");
        }
        var problem = await jsonOf(response);
        if (response.status >= 400 && response.status < 500) {
          throw refusal(problem.error || "The server refused the file (" + response.status + ").");
        }
        throw new Error(problem.error || "PATCH " + response.status);
      } catch (error) {
        if (error.final || ++failures > MAX_ATTEMPTS) throw error;
        view.status("Connection lost: retrying " + file.name + "…");
        await sleep(backoff(failures));
        await waitForNetwork();
        view.status("Uploading " + file.name);
        if (state) {                              // where does the server stand now?
          var head = await request("HEAD", state.location, token, {}).catch(function () { return null; });
          var known = head && head.ok ? offsetOf(head) : null;
          if (known !== null) state.offset = known;
          else if (head && head.status === 404) { remember(key, null); state = null; }
        }
      }
    }
  }

  function enhance(input) {
    if (input.dataset.resumableUploadReady) return;
    input.dataset.resumableUploadReady = "1";
    var fieldName = input.dataset.resumableUpload || (input.name + "_upload");
    var hidden = document.createElement("input");
    hidden.type = "hidden";
    hidden.name = fieldName;
    input.insertAdjacentElement("afterend", hidden);
    input.removeAttribute("name");              // the chunks carry the bytes; the form carries the id
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      hidden.value = "";
      var view = progressView(input, file);
      upload(input, file, view).then(function (result) {
        hidden.value = result.id;
        view.status("Uploaded " + file.name);
        input.dispatchEvent(new CustomEvent("cairn:upload-complete", { bubbles: true, detail: result }));
      }, function (error) {
        view.status("Upload of " + file.name + " failed: " + error.message);
        input.dispatchEvent(new CustomEvent("cairn:upload-failed", { bubbles: true, detail: { message: error.message } }));
      });
    });
  }

  function enhanceAll(root) {
    (root || document).querySelectorAll("input[type=file][data-resumable-upload]").forEach(enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { enhanceAll(); });
  else enhanceAll();
  window.CairnUploads = { enhance: enhanceAll };
})();
