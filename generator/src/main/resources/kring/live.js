// Kring preview: reloads the page after a rebuild and shows the problems of a broken edit.
(function () {
  "use strict";
  var overlay = null;
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function show(problems) {
    hide();
    var errors = problems.filter(function (p) { return p.severity === "error"; });
    if (!errors.length) { return; }
    overlay = document.createElement("div");
    overlay.id = "kring-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("dir", "ltr");
    overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;" +
      "background:#2b1d1d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;" +
      "border-top:4px solid #e5534b;box-shadow:0 -4px 16px rgba(0,0,0,.3)";
    var title = document.createElement("strong");
    title.textContent = "Kring: the last edit has " + errors.length + (errors.length === 1 ? " error" : " errors") +
      ". This page is the last good version.";
    overlay.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:.5rem 0 0;padding-left:1.2rem";
    errors.forEach(function (p) {
      var li = document.createElement("li");
      li.textContent = p.where + ": " + p.message;
      list.appendChild(li);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }
  var events = new EventSource("/__kring/events");
  events.addEventListener("hello", function (e) { show(JSON.parse(e.data).problems); });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data).problems); });
  events.addEventListener("ok", function () { hide(); });
  events.addEventListener("reload", function () { location.reload(); });
})();
