// Collapsible main menu on small screens. Without JavaScript the menu simply stays open.
(function () {
  var toggle = document.querySelector(".menu-toggle");
  var nav = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!nav) {
    return;
  }
  document.documentElement.classList.add("has-menu-toggle");
  toggle.hidden = false;

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
  }

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
})();

// Pages come from a shared cache, so the signed start time in their forms is as old as the
// cached copy. When a reader starts on a form, ask for a fresh one; without JavaScript the
// form still works, only the minimum fill time is measured from when the page was cached.
(function () {
  document.addEventListener("focusin", function (event) {
    var form = event.target.form;
    var started = form && form.querySelector("input[name=started][data-refresh-url]");
    if (!started || started.dataset.refreshed) {
      return;
    }
    started.dataset.refreshed = "true";
    fetch(started.dataset.refreshUrl, { credentials: "omit", cache: "no-store" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (data && data.started) {
          started.value = data.started;
        }
      })
      .catch(function () {});
  });
})();
