// Material saves the colour scheme in localStorage on every page load, before the reader
// has chosen anything. We keep browsers clean until the reader acts: the scheme is saved
// only after the reader uses the light/dark switch. Loaded in <head>, after Material
// defines __md_set and before its bundle runs.
(function () {
  var save = window.__md_set;
  if (typeof save !== "function") return;
  var chosen = false;
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-md-component=palette]")) chosen = true;
  }, true);
  window.__md_set = function (key) {
    if (key === "__palette" && !chosen) return;
    return save.apply(this, arguments);
  };
})();
