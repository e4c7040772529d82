// Review page: accept or drop a finding by clicking it in the original text — a progressive
// enhancement of the findings table, whose checkboxes do the same without JavaScript.
(function () {
  "use strict";
  var form = document.getElementById("findings-form");
  if (!form) return;
  var rows = Array.prototype.slice.call(form.querySelectorAll("tbody tr"));
  function boxFor(text) {
    var wanted = text.trim().toLowerCase();
    for (var i = 0; i < rows.length; i++) {
      var input = rows[i].querySelector("input[name=text]");
      if (input && input.value.trim().toLowerCase() === wanted) {
        return rows[i].querySelector("input[name=accept]");
      }
    }
    return null;
  }
  var marks = Array.prototype.slice.call(document.querySelectorAll(".original mark.finding"));
  function sync() {
    marks.forEach(function (mark) {
      var box = boxFor(mark.textContent);
      if (!box) return;
      mark.setAttribute("aria-pressed", box.checked ? "true" : "false");
      mark.classList.toggle("accepted", box.checked);
    });
  }
  marks.forEach(function (mark) {
    if (!boxFor(mark.textContent)) return;
    mark.setAttribute("role", "button");
    mark.setAttribute("tabindex", "0");
    function toggle(event) {
      event.preventDefault();
      var box = boxFor(mark.textContent);
      box.checked = !box.checked;
      sync();
    }
    mark.addEventListener("click", toggle);
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") toggle(event);
    });
  });
  form.addEventListener("change", sync);
  var hint = document.getElementById("click-hint");
  if (hint && marks.length) hint.hidden = false;
  sync();
})();
