/* Parley: the page is drawn before the app runs and takes a paste at once.
   A web page pasted then is kept here, so that the app takes its article,
   not its menus (see app/ui/early.go). */
(() => {
  "use strict";
  var early = (window.parleyEarly = { html: "" });
  document.addEventListener("paste", (e) => {
    var t = e.target;
    if (!t || t.id !== "report-input" || document.documentElement.dataset.wasm) return;
    early.html = (e.clipboardData && e.clipboardData.getData("text/html")) || "";
  }, true);
})();
