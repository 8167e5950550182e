/* Action plan table: filter by keyword, pillar and progress, sort by column.
   Without JavaScript the table stays complete and readable; the form stays hidden. */
(function () {
  "use strict";
  var form = document.getElementById("action-filter");
  var table = document.getElementById("action-table");
  if (!form || !table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = document.getElementById("filter-text");
  var pillar = document.getElementById("filter-pillar");
  var status = document.getElementById("filter-status");
  var count = document.getElementById("filter-count");
  var plural = new Intl.PluralRules(document.documentElement.lang);

  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var haystacks = rows.map(function (row) { return fold(row.textContent); });

  function apply() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = (!pillar.value || row.getAttribute("data-pillar") === pillar.value) &&
        (!status.value || row.getAttribute("data-status") === status.value) &&
        words.every(function (w) { return haystacks[i].indexOf(w) !== -1; });
      row.hidden = !ok;
      if (ok) { shown++; }
    });
    // The page's language decides the plural (French: 0 and 1 singular), as Java's messages do.
    var attr = plural.select(shown) === "one" ? "data-one" : "data-other";
    count.textContent = count.getAttribute(attr).replace("{0}", String(shown));
  }

  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  [text, pillar, status].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });

  var label = table.getAttribute("data-sort-label");
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
    var kind = th.getAttribute("data-sort");
    if (!kind) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.title = label;
    th.textContent = "";
    th.appendChild(button);
    th.setAttribute("aria-sort", "none");
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) {
        if (c.hasAttribute("aria-sort")) { c.setAttribute("aria-sort", "none"); }
      });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.cells[index].getAttribute("data-value") || a.cells[index].textContent.trim();
        var y = b.cells[index].getAttribute("data-value") || b.cells[index].textContent.trim();
        var cmp = kind === "number" ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
        return ascending ? cmp : -cmp;
      });
      sorted.forEach(function (row) { tbody.appendChild(row); });
    });
  });
  apply();
})();
