/* Kring: small progressive enhancements. Every page works without this script. */
(function () {
  "use strict";

  // Recommendations: filter by level with toggle buttons; without the script the level links jump to anchors.
  var filter = document.querySelector("[data-filter]");
  if (filter) {
    var sections = document.querySelectorAll("section.level[data-level]");
    var count = document.querySelector("[data-count]");
    var links = filter.querySelectorAll("a[data-level]");
    var buttons = [];
    var show = function (level) {
      sections.forEach(function (s) { s.hidden = level !== "all" && s.getAttribute("data-level") !== level; });
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-level") === level)); });
      if (count) {
        if (level === "all") {
          count.textContent = count.getAttribute("data-all");
        } else {
          var section = document.querySelector("section.level[data-level='" + level + "'] h2");
          count.textContent = section ? section.textContent : "";
        }
      }
    };
    links.forEach(function (a) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = a.textContent;
      b.setAttribute("data-level", a.getAttribute("data-level"));
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () { show(b.getAttribute("data-level")); });
      a.parentNode.replaceChild(b, a);
      buttons.push(b);
    });
    if (count) { count.setAttribute("aria-live", "polite"); }
    var initial = (location.hash || "").replace("#level-", "");
    show(document.querySelector("section.level[data-level='" + initial + "']") ? initial : "all");
  }

  // Language chooser at the site root: go straight to the reader's own language when the site has it.
  var choice = document.querySelector(".root-choice[data-languages]");
  if (choice && !sessionStorage.getItem("kring-chosen")) {
    var available = choice.getAttribute("data-languages").split(" ");
    var wanted = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var w = (wanted[i] || "").toLowerCase();
      for (var j = 0; j < available.length; j++) {
        var a = available[j].toLowerCase();
        if (w === a || w.split("-")[0] === a) {
          sessionStorage.setItem("kring-chosen", "1");
          location.replace(available[j] + "/index.html"); // a file, so it opens from disk too
          return;
        }
      }
    }
  }

  // Header menus are <details>: they work without this script. With it, Escape closes the open one (focus goes
  // back to its button), a click elsewhere closes it, and opening one closes the other.
  var menus = document.querySelectorAll(".header-tools details");
  var closeAll = function (except) {
    menus.forEach(function (d) { if (d !== except) { d.open = false; } });
  };
  menus.forEach(function (d) {
    d.addEventListener("toggle", function () { if (d.open) { closeAll(d); } });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") { return; }
    menus.forEach(function (d) {
      if (d.open) {
        d.open = false;
        d.querySelector("summary").focus();
      }
    });
  });
  document.addEventListener("click", function (e) {
    if (!e.target.closest || !e.target.closest(".header-tools details")) { closeAll(null); }
  });

  // A table box is a stop for the keyboard only where it scrolls: elsewhere it would be a stop that does nothing.
  var boxes = document.querySelectorAll(".table-wrap[tabindex]");
  var fit = function () {
    boxes.forEach(function (b) {
      if (b.scrollWidth > b.clientWidth + 1) { b.setAttribute("tabindex", "0"); } else { b.removeAttribute("tabindex"); }
    });
  };
  if (boxes.length) {
    fit();
    window.addEventListener("resize", fit);
  }
})();
