// Live markdown preview for the case-study form: a progressive enhancement. Without
// JavaScript the form's "Preview" button does the same on the server.
(function () {
  "use strict";
  var area = document.querySelector("textarea[data-preview]");
  if (!area || !window.fetch) return;
  var box = document.getElementById(area.getAttribute("data-preview"));
  var token = document.querySelector("input[name=csrf_token]");
  if (!box || !token) return;
  var timer = null;
  function refresh() {
    var body = new URLSearchParams();
    body.set("body_markdown", area.value);
    fetch("/preview", {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": token.value, "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    }).then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) box.innerHTML = html; })
      .catch(function () {});
  }
  area.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
  refresh();
})();
