// Interactive checklists: tick items, see progress, keep ticks in this browser, reset, and
// pass them on as a small file. Nothing is stored before the reader ticks something, and
// nothing leaves the browser. Without JavaScript a checklist is a plain list.
document$.subscribe(function () {
  document.querySelectorAll('[data-module="kw-checklist"]').forEach(function (root) {
    if (root.classList.contains("kw-checklist--actief")) return;
    var id = root.getAttribute("data-checklist");
    var key = "kernwijzer.checklist." + id;
    var items = Array.prototype.slice.call(root.querySelectorAll(".kw-checklist__item"));
    var boxes = {};

    function read() {
      try {
        var stored = JSON.parse(window.localStorage.getItem(key) || "null");
        return stored && stored.items ? stored.items : {};
      } catch (error) {
        return {};
      }
    }

    function ticked() {
      return Object.keys(boxes).filter(function (item) { return boxes[item].checked; });
    }

    function save() {
      var state = {};
      ticked().forEach(function (item) { state[item] = true; });
      try {
        window.localStorage.setItem(key, JSON.stringify({ versie: 1, items: state }));
      } catch (error) {
        say("Je browser bewaart geen vinkjes (privévenster?). Bewaar ze als bestand.");
      }
    }

    var progress = document.createElement("p");
    progress.className = "kw-checklist__voortgang";
    progress.setAttribute("aria-live", "polite");

    var message = document.createElement("p");
    message.className = "kw-checklist__melding";
    message.setAttribute("role", "status");

    function say(text) { message.textContent = text; }

    function update() {
      progress.textContent = ticked().length + " van " + items.length + " afgevinkt";
    }

    var stored = read();
    items.forEach(function (li) {
      var item = li.getAttribute("data-item");
      var text = li.querySelector(".kw-checklist__tekst");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.id = li.id + "--vak";
      box.className = "kw-checklist__vak";
      box.checked = stored[item] === true;
      var label = document.createElement("label");
      label.htmlFor = box.id;
      label.className = "kw-checklist__label";
      text.parentNode.insertBefore(label, text);
      label.appendChild(text);
      li.insertBefore(box, li.firstChild);
      box.addEventListener("change", function () { save(); update(); say(""); });
      boxes[item] = box;
    });

    function button(text, action) {
      var element = document.createElement("button");
      element.type = "button";
      element.className = "kw-knop kw-checklist__knop";
      element.textContent = text;
      element.addEventListener("click", action);
      return element;
    }

    var file = document.createElement("input");
    file.type = "file";
    file.accept = "application/json,.json";
    file.hidden = true;
    file.addEventListener("change", function () {
      var chosen = file.files && file.files[0];
      if (!chosen) return;
      var reader = new FileReader();
      reader.onload = function () {
        try {
          var data = JSON.parse(reader.result);
          if (data.checklist !== id || !Array.isArray(data.items)) {
            say("Dit bestand hoort niet bij deze checklist.");
            return;
          }
          Object.keys(boxes).forEach(function (item) {
            boxes[item].checked = data.items.indexOf(item) !== -1;
          });
          save();
          update();
          say("Vinkjes ingeladen: " + ticked().length + ".");
        } catch (error) {
          say("Dit bestand kan niet gelezen worden.");
        }
        file.value = "";
      };
      reader.readAsText(chosen);
    });

    var actions = document.createElement("div");
    actions.className = "kw-checklist__acties";
    actions.appendChild(button("Alles wissen", function () {
      Object.keys(boxes).forEach(function (item) { boxes[item].checked = false; });
      window.localStorage.removeItem(key);
      update();
      say("Alle vinkjes zijn gewist.");
    }));
    actions.appendChild(button("Vinkjes bewaren als bestand", function () {
      var data = { checklist: id, items: ticked(), bewaard: new Date().toISOString().slice(0, 10) };
      var blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "checklist-" + id + ".json";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      say("Het bestand staat bij je downloads. Geef het door aan wie verder werkt.");
    }));
    actions.appendChild(button("Vinkjes inladen uit bestand", function () { file.click(); }));
    actions.appendChild(file);

    var list = root.querySelector(".kw-checklist__items");
    list.parentNode.insertBefore(progress, list);
    list.parentNode.insertBefore(actions, list.nextSibling);
    actions.parentNode.insertBefore(message, actions.nextSibling);
    root.classList.add("kw-checklist--actief");
    update();
  });
});
