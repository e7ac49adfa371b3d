// Runs the real uploads.js (Sources/CairnWeb/Assets) in Node against a running Cairn, through a
// scripted network, and prints one JSON line: the outcome and every request the client made.
//
// Environment: UPLOADS_JS (the script), CAIRN_BASE_URL, CAIRN_COOKIE (a signed-in session),
// CAIRN_CSRF (its token), SCENARIO (below), FILE_BYTES (the size of the random file to upload).
// Timers run at once but their delays are recorded, so backoff is measured, not waited for.
import { readFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import vm from "node:vm";

const MiB = 1024 * 1024;
const base = process.env.CAIRN_BASE_URL;
const scenario = process.env.SCENARIO;
const bytes = randomBytes(Number(process.env.FILE_BYTES));
const file = new File([bytes], "lesson.mp4", { type: "video/mp4", lastModified: 1 });
const requests = [];   // { method, offset, status } for each request the client made
const delays = [];     // every delay the client asked setTimeout for
let patches = 0;
let lost = false;

setTimeout(() => { finish({ outcome: "timeout" }); }, 120000).unref();

// The network between the client and the server: forwards each request, except where the scenario breaks it.
async function network(url, init) {
  const method = init.method;
  const headers = { ...init.headers, Cookie: process.env.CAIRN_COOKIE };
  const entry = { method, offset: headers["Upload-Offset"] === undefined ? null : Number(headers["Upload-Offset"]), status: null };
  requests.push(entry);
  if (requests.length > 300) throw new TypeError("the harness stops a runaway client");
  const target = new URL(url, base);
  let body = init.body instanceof Blob ? Buffer.from(await init.body.arrayBuffer()) : init.body;
  if (method === "PATCH") {
    patches += 1;
    const last = body.length > 0 && entry.offset + body.length === file.size;
    if (scenario === "lost-final-answer" && last && !lost) {
      lost = true;                                  // the server finishes the upload; its answer never arrives
      entry.status = (await fetch(target, { method, headers, body })).status;
      entry.lost = true;
      throw new TypeError("network error: the answer was lost");
    }
    if (scenario === "conflict-with-offset" && patches === 2) {
      // Another tab sends 1 MiB first: the server is ahead of this client and answers 409 with its offset.
      await fetch(target, { method, headers: { ...headers, "Upload-Offset": String(entry.offset) }, body: body.subarray(0, MiB) });
    }
    if (scenario === "server-error" && patches === 1) {
      entry.status = 503;
      return new Response("upstream unavailable", { status: 503 });
    }
    if (scenario === "server-down") {
      entry.status = 502;
      return new Response("bad gateway", { status: 502 });
    }
    if (scenario === "drop-mid-chunk" && patches === 1) {
      const half = body.subarray(0, body.length >> 1);
      const stream = new ReadableStream({
        start(controller) { controller.enqueue(half); },
        pull(controller) { controller.error(new Error("the cable was pulled")); },
      });
      await fetch(target, { method, headers, body: stream, duplex: "half" }).catch(() => null);
      entry.status = "dropped";
      throw new TypeError("network error: connection reset");
    }
  }
  const response = await fetch(target, { method, headers, body });
  entry.status = response.status;
  return response;
}

function element(tag) {
  return {
    tagName: tag, dataset: {}, style: {}, className: "", textContent: "",
    setAttribute() {}, removeAttribute() {}, append() {}, remove() {}, addEventListener() {},
    insertAdjacentElement(_, other) { return other; },
  };
}

let settle;
const settled = new Promise((resolve) => { settle = resolve; });
const listeners = {};
const input = Object.assign(element("input"), {
  type: "file", name: "video", files: [file],
  form: { querySelector: (selector) => (selector.includes("_csrf") ? { value: process.env.CAIRN_CSRF } : null) },
  addEventListener(type, listener) { listeners[type] = listener; },
  dispatchEvent(event) { settle(event); return true; },
});
input.dataset.resumableUpload = "";
const storage = new Map();
const sandbox = {
  fetch: network, Response, Blob, File, URL, console,
  setTimeout(callback, ms) { delays.push(ms); return setImmediate(callback); },
  localStorage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, String(v)), removeItem: (k) => storage.delete(k) },
  navigator: { onLine: true },
  CustomEvent: class { constructor(type, init) { this.type = type; this.detail = init && init.detail; } },
  document: {
    readyState: "complete", createElement: element, addEventListener() {},
    querySelector: () => null, querySelectorAll: () => [input],
  },
};
sandbox.window = sandbox;
sandbox.window.addEventListener = () => {};
vm.createContext(sandbox);
vm.runInContext(readFileSync(process.env.UPLOADS_JS, "utf8"), sandbox, { filename: "uploads.js" });
listeners.change();
const event = await settled;
finish({
  outcome: event.type === "cairn:upload-complete" ? "complete" : "failed",
  blob: event.detail && event.detail.blob, message: event.detail && event.detail.message,
});

function finish(result) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  process.stdout.write(JSON.stringify({ ...result, sha256, requests, delays }) + "\n");
  process.exit(0);
}
