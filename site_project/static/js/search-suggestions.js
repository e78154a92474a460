// Title suggestions under the header's search box: the ARIA 1.2 combobox pattern (list autocomplete).
// Without this script the box is a plain search form. Up/Down move through the titles, Enter opens the
// chosen title (or searches when none is chosen), Escape closes the list; a live region says how many.
(function () {
  "use strict";
  var form = document.querySelector("form.site-search[data-suggestions]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var list = form.querySelector("[role=listbox]");
  var status = form.querySelector("[role=status]");
  var MIN_LENGTH = 3;
  var timer = null;
  var active = -1;
  var pending = null;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function options() {
    return list.querySelectorAll("[role=option]");
  }

  function close() {
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function announce(count) {
    var text = count === 0 ? status.dataset.none : count === 1 ? status.dataset.one : status.dataset.many;
    status.textContent = text.replace("{count}", count);
  }

  function choose(index) {
    var all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach(function (option, position) {
      option.setAttribute("aria-selected", position === active ? "true" : "false");
    });
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  function show(suggestions) {
    list.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    suggestions.forEach(function (suggestion, index) {
      var option = document.createElement("li");
      option.id = list.id + "-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = suggestion.url;
      option.textContent = suggestion.title;
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep focus in the box until the page changes
        window.location.assign(suggestion.url);
      });
      list.appendChild(option);
    });
    var open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    announce(suggestions.length);
  }

  function ask() {
    var text = input.value.trim();
    if (text.length < MIN_LENGTH) {
      close();
      return;
    }
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(form.dataset.suggestions + "?q=" + encodeURIComponent(text), {
      headers: { Accept: "application/json" },
      signal: pending.signal,
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        if (input.value.trim() === text) show(data.suggestions || []);
      })
      .catch(function () {
        /* aborted or offline: the form still searches */
      });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown") {
      if (open) choose(active + 1);
      else ask();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && open) {
      choose(active - 1);
      event.preventDefault();
    } else if (event.key === "Escape" && open) {
      close();
      event.preventDefault();
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.url);
    }
  });

  input.addEventListener("blur", function () {
    setTimeout(close, 100);
  });
})();
