// Progressive enhancement: click (or press Enter/Space on) a header marked data-sort to sort its table.
(function () {
  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = table.querySelectorAll("th[data-sort]");
    headers.forEach((th) => {
      const index = Array.prototype.indexOf.call(th.parentNode.children, th);
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach((h) => h.setAttribute("aria-sort", "none"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const key = (row) => {
          const cell = row.children[index];
          const raw = cell ? cell.getAttribute("data-value") ?? cell.textContent : "";
          return th.dataset.sort === "number" ? (raw === "" ? null : Number(raw)) : raw;
        };
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          if (x === null || x === "") return 1;
          if (y === null || y === "") return -1;
          const c = typeof x === "number" ? x - y : String(x).localeCompare(String(y), "vi");
          return ascending ? c : -c;
        });
        rows.forEach((r) => body.appendChild(r));
      });
    });
  }
})();
