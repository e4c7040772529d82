// The phone in her pocket (docs/phone-safety.md): the quick exit, the back-button guard, the
// idle limit of a shared device, and drafts kept in this browser only encrypted.
// Loaded in <head> on every page, before the page is drawn; no inline script (the CSP forbids it).
(function () {
  "use strict";
  var root = document.documentElement;
  var exitUrl = root.getAttribute("data-exit-url") || "about:blank";
  var signedIn = root.hasAttribute("data-signed-in");
  var DRAFT = "parley-draft:";
  var PENDING = "parley-draft-pending";
  var ACTIVE = "parley-active";
  var BACK = "parley-back";
  // The answers to a form that went through; any other page (an error, a preview, sign-in)
  // leaves the draft where it is.
  var SENT = /[?&]notice=(submitted|draft-saved|reply-held|reply-published)(&|#|$)/;
  var DRAFT_DAYS = 3;

  function forgetDrafts() {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key && key.indexOf(DRAFT) === 0) localStorage.removeItem(key);
      }
      sessionStorage.clear();
    } catch (e) { /* storage may be off: nothing kept then */ }
  }

  // Leave at once, replacing this page in the history: the server ends the session, the
  // browser forgets Parley (Clear-Site-Data) and the exit page moves on to the neutral page.
  function quickExit() {
    forgetDrafts();
    document.title = "";
    location.replace("/exit");
  }

  // Back or Forward into Parley after leaving it: a page drawn for someone signed out (the
  // session is gone, so the server answered with its sign-in page) goes straight on to the
  // neutral page. A page from the back/forward cache is asked for again, so that the server
  // decides.
  var navigation = (performance.getEntriesByType && performance.getEntriesByType("navigation")[0]) || {};
  var cameBack = navigation.type === "back_forward";
  try {
    if (sessionStorage.getItem(BACK)) cameBack = true;
    sessionStorage.removeItem(BACK);
  } catch (e) { /* storage off */ }
  if (!signedIn && cameBack) {
    location.replace(exitUrl);
    return;
  }
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    // The reload counts as a reload, not as Back: say it was Back.
    try { sessionStorage.setItem(BACK, "1"); } catch (e) { /* storage off */ }
    location.reload();
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("#quick-exit");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    quickExit();
  });

  var escapes = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.repeat) return;
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 2000; });
    escapes.push(now);
    if (escapes.length >= 3) quickExit();
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.getAttribute("action") === "/logout") forgetDrafts();
    var id = form.getAttribute("data-draft");
    if (id) {
      try { sessionStorage.setItem(PENDING, id); } catch (e) { /* nothing kept */ }
    }
  }, true);

  // A shared device: after the idle limit without a touch, a key or a scroll, leave as by
  // the quick exit. While she is active, tell the server at most once a minute.
  // Activity in any of her tabs counts (shared through localStorage): a tab left open in the
  // background does not sign her out while she writes in another.
  var idleMinutes = parseInt(root.getAttribute("data-idle-minutes") || "", 10);
  if (signedIn && idleMinutes > 0) {
    var lastActive = Date.now();
    var lastShared = 0;
    var lastPing = Date.now();
    var active = function () {
      lastActive = Date.now();
      if (lastActive - lastShared > 5000) {
        lastShared = lastActive;
        try { localStorage.setItem(ACTIVE, String(lastActive)); } catch (e) { /* storage off */ }
      }
      if (lastActive - lastPing > 60000) {
        lastPing = lastActive;
        fetch("/alive", { credentials: "same-origin", cache: "no-store" }).catch(function () {});
      }
    };
    ["keydown", "pointerdown", "touchstart", "scroll", "input"].forEach(function (name) {
      document.addEventListener(name, active, { passive: true, capture: true });
    });
    setInterval(function () {
      var elsewhere = 0;
      try { elsewhere = parseInt(localStorage.getItem(ACTIVE) || "0", 10) || 0; } catch (e) { /* off */ }
      if (Date.now() - Math.max(lastActive, elsewhere) > idleMinutes * 60000) quickExit();
    }, 10000);
  }

  // ----- Drafts kept in this browser, encrypted (AES-GCM) with a key only her session can
  // fetch; the key changes at every sign-out, so an old draft can no longer be read. -----

  function b64(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s);
  }
  function unb64(text) {
    var s = atob(text);
    var bytes = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    return bytes;
  }
  function hexBytes(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    return bytes;
  }

  function kept(el) {
    return el.name && el.name !== "csrf_token" && el.type !== "hidden" && el.type !== "password" &&
      el.type !== "submit" && el.type !== "button" && el.type !== "file";
  }

  // Every field as [name, value, checked]: boxes ticked and unticked alike, so that a restore
  // puts each back as she left it ("show my name" included).
  function fields(form) {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!kept(el)) return;
      var checkable = el.type === "checkbox" || el.type === "radio";
      out.push([el.name, el.value, checkable ? el.checked : null]);
    });
    return out;
  }

  function apply(form, saved) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!kept(el)) return;
      var checkable = el.type === "checkbox" || el.type === "radio";
      var entry = saved.filter(function (f) {
        return f[0] === el.name && (!checkable || f[1] === el.value);
      })[0];
      if (!entry) return;
      if (checkable) el.checked = entry[2] === true;
      else el.value = entry[1];
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }

  function keepDrafts() {
    // The page right after a form was sent: if it says the form went through, its draft is
    // done. Either way the mark is for this page only.
    try {
      var pending = sessionStorage.getItem(PENDING);
      sessionStorage.removeItem(PENDING);
      if (pending && signedIn && SENT.test(location.search)) {
        localStorage.removeItem(DRAFT + pending);
      }
    } catch (e) { return; }
    var forms = document.querySelectorAll("form[data-draft]");
    if (!forms.length || !signedIn || !window.crypto || !crypto.subtle) return;
    fetch("/draft-key", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { if (!r.ok) throw new Error("no key"); return r.json(); })
      .then(function (body) {
        return crypto.subtle.importKey("raw", hexBytes(body.key), "AES-GCM", false, ["encrypt", "decrypt"]);
      })
      .then(function (key) {
        Array.prototype.forEach.call(forms, function (form) { keepDraft(form, key); });
      })
      .catch(function () { /* no key: nothing is kept in this browser */ });
  }

  function keepDraft(form, key) {
    var slot = DRAFT + form.getAttribute("data-draft");
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(slot) || "null"); } catch (e) { stored = null; }
    // What she types before the draft is back (the key is on its way) wins over the draft.
    var typed = false;
    var early = function () { typed = true; };
    form.addEventListener("input", early);
    var restored = Promise.resolve();
    if (stored && Date.now() - stored.at > DRAFT_DAYS * 86400000) {
      localStorage.removeItem(slot);
    } else if (stored) {
      restored = crypto.subtle.decrypt({ name: "AES-GCM", iv: unb64(stored.iv) }, key, unb64(stored.data))
        .then(function (plain) {
          var saved = JSON.parse(new TextDecoder().decode(plain));
          if (!typed && JSON.stringify(saved) !== JSON.stringify(fields(form))) {
            apply(form, saved);
            var notice = form.querySelector("[data-draft-notice]");
            if (notice) notice.hidden = false;
          }
        })
        .catch(function () { localStorage.removeItem(slot); });
    }
    restored.then(function () {
      form.removeEventListener("input", early);
      var timer = null;
      var save = function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var iv = crypto.getRandomValues(new Uint8Array(12));
          var plain = new TextEncoder().encode(JSON.stringify(fields(form)));
          crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, key, plain).then(function (sealed) {
            try {
              localStorage.setItem(slot, JSON.stringify({
                at: Date.now(), iv: b64(iv), data: b64(new Uint8Array(sealed))
              }));
            } catch (e) { /* storage full or off */ }
          });
        }, 600);
      };
      form.addEventListener("input", save);
      form.addEventListener("change", save);
    });
  }

  // A time-zone menu still on the default (UTC, never chosen) proposes the browser's zone.
  function proposeZone() {
    var menu = document.querySelector("select[data-detect-zone]");
    if (!menu || menu.getAttribute("data-detect-zone") !== "UTC" || !window.Intl) return;
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone === "Europe/Kiev") zone = "Europe/Kyiv";
    if (zone && Array.prototype.some.call(menu.options, function (o) { return o.value === zone; })) {
      menu.value = zone;
    }
  }

  // Recovery codes: copy them, or save them as a file, on the phone that shows them.
  function offerCodes() {
    var holder = document.querySelector("[data-codes]");
    if (!holder) return;
    var text = holder.getAttribute("data-codes");
    var copy = holder.querySelector("[data-copy-codes]");
    var save = holder.querySelector("[data-download-codes]");
    var done = holder.querySelector("[data-copied]");
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(text).then(function () { if (done) done.hidden = false; });
      });
    }
    if (save && window.Blob && window.URL) {
      save.hidden = false;
      save.addEventListener("click", function () {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([text + "\n"], { type: "text/plain" }));
        link.download = "recovery-codes.txt";
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      });
    }
  }

  // Times in her device's time zone and language (the page says UTC without script).
  function localTimes() {
    if (!window.Intl || !Intl.DateTimeFormat) return;
    var format;
    try {
      format = new Intl.DateTimeFormat(root.getAttribute("lang") || undefined,
        { dateStyle: "medium", timeStyle: "short" });
    } catch (e) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("time[datetime]"), function (t) {
      var at = new Date(t.getAttribute("datetime"));
      if (!isNaN(at.getTime())) t.textContent = format.format(at);
    });
  }

  // "Translate on this device": only where the browser itself translates (its built-in
  // Translator, on the device); never a call to another service. Absent anywhere else.
  function offerTranslation() {
    var offer = document.querySelector("[data-translate-from]");
    if (!offer || !("Translator" in self)) return;
    var languages = {
      sourceLanguage: offer.getAttribute("data-translate-from"),
      targetLanguage: offer.getAttribute("data-translate-to")
    };
    Translator.availability(languages).then(function (state) {
      if (state === "unavailable") return;
      offer.hidden = false;
      offer.querySelector("button").addEventListener("click", function () {
        offer.hidden = true;
        Translator.create(languages).then(function (translator) {
          var blocks = document.querySelectorAll(
            "article.case h1, article.case .lessons-box p, article.case .body p, " +
            "article.case .body li, article.case .body h2, article.case .body h3");
          Array.prototype.forEach.call(blocks, function (block) {
            translator.translate(block.textContent).then(function (text) {
              block.textContent = text;
              block.setAttribute("lang", languages.targetLanguage);
            });
          });
        }).catch(function () { offer.hidden = false; });
      });
    }).catch(function () {});
  }

  function ready() {
    offerTranslation();
    localTimes();
    keepDrafts();
    proposeZone();
    offerCodes();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
