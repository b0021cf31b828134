// Sort any table with class "sortable" by clicking its headers; filter rows with #filter / #grade-filter.
(function () {
  function cellValue(row, i) {
    var c = row.cells[i];
    var v = c.getAttribute("data-sort");
    if (v === null) v = c.textContent.trim();
    var n = parseFloat(v);
    return isNaN(n) ? v.toLowerCase() : n;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, i) {
      th.addEventListener("click", function () {
        var body = table.tBodies[0];
        var current = th.getAttribute("aria-sort");
        // Numbers (grades, counts) sort largest first on the first click: readers look for the
        // strongest evidence, not the "No evidence" rows. Text sorts A to Z first.
        var numeric = body.rows.length > 0 && typeof cellValue(body.rows[0], i) === "number";
        var asc = current ? current !== "ascending" : !numeric;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, i), y = cellValue(b, i);
          return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var text = document.getElementById("filter");
  var grade = document.getElementById("grade-filter");
  function apply() {
    var q = text ? text.value.toLowerCase() : "";
    var g = grade ? grade.value : "";
    document.querySelectorAll("table.filterable tbody tr").forEach(function (tr) {
      var ok = (!q || tr.textContent.toLowerCase().indexOf(q) >= 0) && (!g || tr.getAttribute("data-grade") === g);
      tr.hidden = !ok;
    });
    var shown = document.querySelectorAll("table.filterable tbody tr:not([hidden])").length;
    var counter = document.getElementById("shown");
    if (counter) counter.textContent = shown;
  }
  if (text) text.addEventListener("input", apply);
  if (grade) grade.addEventListener("change", apply);
})();
