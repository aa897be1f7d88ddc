// The API viewer: lists every operation of /api/v1/openapi.json with its parameters and
// lets the reader send a request. Builds the page with DOM methods and textContent only, so
// nothing from the document or a response is ever parsed as HTML.
"use strict";
(async () => {
  const root = document.getElementById("api");
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  let spec;
  try {
    spec = await (await fetch("/api/v1/openapi.json")).json();
  } catch (err) {
    root.replaceChildren(el("p", "Could not load the OpenAPI document: " + err, "error"));
    return;
  }
  root.replaceChildren();
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const box = el("section", undefined, "api-route");
      const head = el("h3");
      head.append(el("span", method, "method"), el("code", path));
      box.append(head);
      if (op.description || op.summary) box.append(el("p", op.summary || op.description, "note"));
      const form = el("form");
      const inputs = {};
      for (const p of op.parameters || []) {
        const label = el("label", p.name + (p.required ? " *" : "") + " (" + p.in + ") ");
        const input = el("input");
        input.name = p.name;
        input.placeholder = (p.description || "").slice(0, 60);
        inputs[p.name] = [p.in, input];
        label.append(input);
        form.append(label, el("br"));
      }
      const send = el("button", method === "get" ? "Send" : "Send (needs a token)");
      send.type = "submit";
      const out = el("pre");
      form.append(send);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        let url = path;
        const query = new URLSearchParams();
        for (const [name, [where, input]] of Object.entries(inputs)) {
          if (!input.value) continue;
          if (where === "path") url = url.replace("{" + name + "}", encodeURIComponent(input.value));
          else query.set(name, input.value);
        }
        const q = query.toString();
        try {
          const response = await fetch(url + (q ? "?" + q : ""), { method: method.toUpperCase() });
          const body = await response.text();
          let shown = body;
          try { shown = JSON.stringify(JSON.parse(body), null, 2); } catch (_) { /* not JSON */ }
          out.textContent = response.status + " " + response.statusText + "\n" + shown;
        } catch (err) {
          out.textContent = String(err);
        }
      });
      box.append(form, out);
      root.append(box);
    }
  }
})();
