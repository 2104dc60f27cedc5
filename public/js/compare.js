// Compare page: reads ?a=&b=&c=&d= (unit ids), fetches each place's JSON slice, renders a side-by-side table.
// Builds DOM nodes with textContent only (no HTML from data is ever parsed).
(function () {
  var root = document.getElementById("compare");
  if (!root) return;
  var keys = ["a", "b", "c", "d"];
  var params = new URLSearchParams(location.search);
  var ids = keys.map(function (k) { return params.get(k); }).filter(function (v) { return v; });
  keys.forEach(function (k) {
    var select = document.getElementById("chon-" + k);
    if (select && params.get(k)) select.value = params.get(k);
  });
  if (ids.length < 2) return;
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  root.textContent = "Đang tải…";
  Promise.all(ids.map(function (id) {
    return fetch(root.dataset.slices + id + ".json").then(function (r) { return r.ok ? r.json() : null; });
  })).then(function (slices) {
    root.textContent = "";
    var missing = ids.filter(function (_, i) { return !slices[i]; });
    if (missing.length) root.appendChild(el("p", "Không tìm thấy số liệu cho: " + missing.join(", "), "check-bad"));
    slices = slices.filter(Boolean);
    if (slices.length < 2) return;
    var order = [];
    slices.forEach(function (s) { s.facts.forEach(function (f) { if (order.indexOf(f.key) < 0) order.push(f.key); }); });
    var shared = order.filter(function (k) { return slices.every(function (s) { return s.facts.some(function (f) { return f.key === k; }); }); });
    var partial = order.filter(function (k) { return shared.indexOf(k) < 0 && slices.filter(function (s) { return s.facts.some(function (f) { return f.key === k; }); }).length > 1; });
    function table(caption, rowKeys) {
      var wrap = el("div", "", "table-scroll");
      var t = el("table");
      t.setAttribute("data-compare", "");
      t.appendChild(el("caption", caption));
      var head = el("tr");
      head.appendChild(el("th", "Chỉ tiêu"));
      slices.forEach(function (s) {
        var th = el("th");
        th.scope = "col";
        var a = el("a", s.name);
        a.href = s.url;
        th.appendChild(a);
        if (s.valid_to) th.appendChild(el("span", " (đơn vị cũ)", "small muted"));
        head.appendChild(th);
      });
      var thead = el("thead");
      thead.appendChild(head);
      t.appendChild(thead);
      var body = el("tbody");
      rowKeys.forEach(function (k) {
        var tr = el("tr");
        var facts = slices.map(function (s) { return s.facts.filter(function (f) { return f.key === k; })[0]; });
        var first = facts.filter(Boolean)[0];
        var th = el("th", first.label);
        th.scope = "row";
        var periods = facts.filter(Boolean).map(function (f) { return f.period; });
        if (periods.some(function (p) { return p !== periods[0]; })) th.appendChild(el("div", "Kỳ số liệu khác nhau", "check-bad small"));
        tr.appendChild(th);
        facts.forEach(function (f) {
          var td = el("td");
          if (!f) { td.appendChild(el("span", "chưa có số liệu", "gap")); tr.appendChild(td); return; }
          var a = el("a", f.display);
          a.href = f.source;
          td.appendChild(a);
          td.appendChild(el("div", f.period, "small muted"));
          f.caveats.forEach(function (c) { td.appendChild(el("div", c, "caveat")); });
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      t.appendChild(body);
      wrap.appendChild(t);
      return wrap;
    }
    if (shared.length) root.appendChild(table("Chỉ tiêu các nơi cùng có", shared));
    else root.appendChild(el("p", "Các nơi đã chọn không có chỉ tiêu chung nào trong dữ liệu."));
    if (partial.length) root.appendChild(table("Chỉ tiêu chỉ một số nơi có", partial));
  }).catch(function () {
    root.textContent = "Không tải được số liệu so sánh.";
  });
})();
