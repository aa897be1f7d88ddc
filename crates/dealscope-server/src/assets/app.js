// dealscope dashboard behaviour. Loaded from this server only (the Content-Security-Policy
// forbids inline scripts); the pages work without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Changing a select in a filter form applies it.
  for (const select of document.querySelectorAll("form.controls select")) {
    select.addEventListener("change", () => select.form.submit());
  }
});
