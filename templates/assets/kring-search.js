/* Kring: the search page. Loads MiniSearch and this language's index (a script, so it loads from disk too)
   after the page is shown, builds the index in the browser, and lists what matches ?q= or what is typed. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) { return; }
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var root = form.getAttribute("data-root");
  var lang = document.documentElement.lang;
  var engine = null;
  var docs = [];

  // The same for the pages' words and the reader's: lower case; Latin accents folded (é→e; ɛ and ɔ are
  // letters of their own and stay); Arabic without its short vowels and tatweel, and with the letter forms
  // readers type interchangeably folded (أ إ آ ٱ → ا, ى → ي, ؤ → و, ئ → ي, ة → ه). Ge'ez is left as it is.
  function normalise(term) {
    var t = term.toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A").replace(/\u0624/g, "\u0648").replace(/\u0626/g, "\u064A")
      .replace(/\u0629/g, "\u0647")
      .normalize("NFD").replace(/[\u0300-\u036F]/g, "").normalize("NFC");
    return t.length ? t : null;
  }

  var latin = /^\p{Script=Latin}+$/u;
  var options = {
    prefix: true,
    // A typo's worth of fuzziness for Latin words long enough to have one; none for Arabic or Ge'ez, where
    // one letter changes a word's root.
    fuzzy: function (term) { return term.length > 3 && latin.test(term) ? 0.2 : false; },
    combineWith: "AND",
    boost: { t: 3 }
  };

  function number(n) {
    try { return new Intl.NumberFormat(lang).format(n); } catch (e) { return String(n); }
  }

  // Emptied first, so the same count after another search is announced again.
  var saying = 0;
  function say(text) {
    clearTimeout(saying);
    status.textContent = "";
    saying = setTimeout(function () { status.textContent = text; }, 50);
  }

  // A short passage of the page's text around the first word found, or its beginning.
  function excerpt(text, query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var at = -1;
    for (var i = 0; i < words.length && at < 0; i++) { at = text.toLowerCase().indexOf(words[i]); }
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, start + 180);
    // Whole words only: move the ends out to the nearest space.
    while (start > 0 && !/\s/.test(text.charAt(start - 1))) { start--; }
    while (end < text.length && !/\s/.test(text.charAt(end))) { end++; }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  var shown = null;
  var timer = 0;

  // Lists the results of the query, unless they are on screen already: rebuilding the list would take the
  // focus from a reader who has moved into it.
  function show(query) {
    if (query === shown) { return; }
    shown = query;
    list.textContent = "";
    if (!query.trim()) { say(""); return; }
    var found = engine.search(query, options);
    found.forEach(function (hit) {
      var d = docs[hit.id];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + d.u;
      a.textContent = d.t;
      if (d.l) { a.lang = d.l; }
      var kind = document.createElement("span");
      kind.className = "meta search-kind";
      kind.textContent = d.k;
      var p = document.createElement("p");
      p.className = "search-excerpt";
      p.textContent = excerpt(d.x, query);
      if (d.l) { p.lang = d.l; }
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(kind);
      li.appendChild(p);
      list.appendChild(li);
    });
    say(found.length ? form.getAttribute("data-found").replace("{n}", number(found.length))
      : form.getAttribute("data-none"));
  }

  function load(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = done;
    document.head.appendChild(s);
  }

  function ready() {
    var index = window.kringSearch || { docs: [] };
    docs = index.docs;
    var made = new window.MiniSearch({
      fields: ["t", "x"],
      idField: "id",
      processTerm: normalise,
      searchOptions: options
    });
    // In small steps, each after the page had its turn: on a slow phone, indexing a language at once held the
    // page for over a second (Lighthouse: 1,250 ms blocked); the field answers typing meanwhile.
    made.addAllAsync(docs.map(function (d, i) { return { id: i, t: d.t, x: d.x }; }), { chunkSize: 8 })
      .then(function () { engine = made; show(input.value); });
  }

  var query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  if (query) { input.focus(); }
  say(form.getAttribute("data-loading"));
  load(form.getAttribute("data-lib"), function () { load(form.getAttribute("data-index"), ready); });

  // The form searches in place: the field keeps the focus, and the next Tab leads to the results.
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    if (engine) { show(input.value); }
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { /* file:// */ }
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (engine) { show(input.value); } }, 250);
  });
})();
