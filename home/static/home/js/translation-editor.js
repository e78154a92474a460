// wagtail-localize's translation editor writes its heading ("Dutch to English translation")
// without gettext; once React has drawn it, this puts it through the JavaScript catalogue.
(() => {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor || typeof gettext !== "function") return;
  const english = /^(.+) to (.+) translation$/;
  const translateHeadings = () => {
    for (const heading of editor.querySelectorAll("section h3")) {
      const match = heading.textContent.match(english);
      if (match) {
        const names = { source: match[1], target: match[2] };
        heading.textContent = interpolate(gettext("%(source)s to %(target)s translation"), names, true);
      }
    }
  };
  new MutationObserver(translateHeadings).observe(editor, { childList: true, subtree: true });
  translateHeadings();
})();
