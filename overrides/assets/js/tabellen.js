// Wide tables scroll sideways in their wrapper; keyboard users must be able to reach and
// scroll them (WCAG 2.1.1, axe rule scrollable-region-focusable). Runs on every page,
// also after instant navigation; without JavaScript the tables simply scroll.
document$.subscribe(function () {
  document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Brede tabel: scroll opzij om alles te zien");
    }
  });
});
