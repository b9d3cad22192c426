// Filters on the examples overview: theme, step, province and status. The choice lives in
// the URL (?thema=leegstand), so a filtered view can be shared and survives a reload.
// Without JavaScript the form stays hidden and every example is listed.
document$.subscribe(function () {
  var root = document.querySelector('[data-module="kw-filter"]');
  if (!root) return;
  var form = root.querySelector(".kw-filter__form");
  var status = root.querySelector(".kw-filter__status");
  var none = root.querySelector(".kw-filter__geen");
  var cards = Array.prototype.slice.call(root.querySelectorAll(".kw-kaart"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

  function matches(card, name, value) {
    if (!value) return true;
    var own = card.getAttribute("data-" + name) || "";
    return name === "thema" || name === "stap" ? own.split(" ").indexOf(value) !== -1 : own === value;
  }

  function apply(writeUrl) {
    var shown = 0;
    cards.forEach(function (card) {
      var visible = selects.every(function (select) { return matches(card, select.name, select.value); });
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    status.textContent = shown === 1 ? "1 voorbeeld" : shown + " voorbeelden";
    none.hidden = shown !== 0;
    if (writeUrl) {
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        if (select.value) params.set(select.name, select.value); else params.delete(select.name);
      });
      var query = params.toString();
      history.replaceState(history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }
  }

  var params = new URLSearchParams(window.location.search);
  selects.forEach(function (select) {
    var wanted = params.get(select.name);
    if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) select.value = wanted;
    select.addEventListener("change", function () { apply(true); });
  });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply(false);
});
