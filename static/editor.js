// Live markdown preview for the case-study form: a progressive enhancement. Without
// JavaScript the form's "Preview" button does the same on the server.
//
// While a preview is due or on its way the box carries aria-busy="true" (assistive
// technology waits for it; so do the browser tests before they click). Only the answer to the
// latest request is shown: an older one arriving late never overwrites a newer preview.
(function () {
  "use strict";
  var area = document.querySelector("textarea[data-preview]");
  if (!area || !window.fetch) return;
  var box = document.getElementById(area.getAttribute("data-preview"));
  var token = document.querySelector("input[name=csrf_token]");
  if (!box || !token) return;
  var timer = null;
  var latest = 0;
  function settle(request) {
    if (request === latest && timer === null) box.removeAttribute("aria-busy");
  }
  function refresh() {
    timer = null;
    var request = ++latest;
    box.setAttribute("aria-busy", "true");
    var body = new URLSearchParams();
    body.set("body_markdown", area.value);
    // On the author's form, also what the detector sees in her title and lessons.
    if (area.hasAttribute("data-preview-findings")) {
      body.set("findings", "1");
      ["title", "lessons"].forEach(function (id) {
        var field = document.getElementById(id);
        if (field) body.set(id, field.value);
      });
    }
    // A preview that does not come within 8 s is given up (the box is not left busy).
    var abort = window.AbortController ? new AbortController() : null;
    if (abort) setTimeout(function () { abort.abort(); }, 8000);
    fetch("/preview", {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": token.value, "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
      signal: abort ? abort.signal : undefined
    }).then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null && request === latest) box.innerHTML = html; })
      .catch(function () {})
      .then(function () { settle(request); });
  }
  area.addEventListener("input", function () {
    clearTimeout(timer);
    box.setAttribute("aria-busy", "true");
    timer = setTimeout(refresh, 400);
  });
  refresh();
})();

// The region menu follows the chosen country: only that country's regions are offered (every
// region while no country is chosen; none for a country Parley lists no regions of). Without script every region is
// listed, grouped by country, and the server checks that the region is in the country.
(function () {
  "use strict";
  var country = document.getElementById("country");
  var region = document.getElementById("region");
  if (!country || !region) return;
  function follow() {
    var groups = region.querySelectorAll("optgroup[data-country]");
    Array.prototype.forEach.call(groups, function (g) {
      var shown = country.value === "" || g.getAttribute("data-country") === country.value;
      g.hidden = !shown;
      g.disabled = !shown;
    });
    var chosen = region.options[region.selectedIndex];
    if (chosen && chosen.parentNode.disabled) region.value = "";
  }
  country.addEventListener("change", follow);
  follow();
})();
