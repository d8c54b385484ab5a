  // Details of a node.
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function nodeButton(id) {
    var n = nodeData.get(id);
    var b = el("button", n ? n.label : id, "to-node");
    b.type = "button";
    b.dir = "auto";
    b.addEventListener("click", function () { select(id, true); });
    return b;
  }
  function section(body, title, content) {
    body.appendChild(el("h3", title));
    body.appendChild(content);
  }
  // A department's marks in the latest round: each criterion's mark (the
  // level's meaning on hover), opened for the meaning, evidence and reply.
  function marks(body, a) {
    var box = el("div", null, "assessment");
    if (a.illustrative) box.appendChild(el("p", a.illustrative, "illus"));
    box.appendChild(el("p", a.score, "score"));
    box.appendChild(el("p", a.reply, "note"));
    var ul = el("ul", null, "marks");
    a.marks.forEach(function (m) {
      var li = el("li"), d = el("details"), s = el("summary", m.line);
      s.dir = "auto";
      if (m.description) s.title = m.description;
      d.appendChild(s);
      if (m.description) d.appendChild(el("p", m.description, "level"));
      if (m.evidence.length) {
        d.appendChild(el("p", W.evidence, "sub"));
        var ev = el("ul", null, "evidence");
        m.evidence.forEach(function (e) { ev.appendChild(el("li", e)); });
        d.appendChild(ev);
      }
      m.reply.forEach(function (r) { d.appendChild(el("p", r, "note")); });
      li.appendChild(d);
      ul.appendChild(li);
    });
    box.appendChild(ul);
    section(body, a.heading, box);
  }
  var selected = null, hint = $("details-hint");
  function select(id, centre) {
    var n = nodeData.get(id);
    if (!n) return;
    if (selected && nodeEl.get(selected)) nodeEl.get(selected).classList.remove("sel");
    selected = id;
    var g = nodeEl.get(id);
    if (g) g.classList.add("sel");
    $("details-title").textContent = n.label;
    var body = $("details-body");
    body.textContent = "";
    body.appendChild(el("p", n.kind_name, "kind"));
    if (n.facts.length || n.fields.length) {
      var dl = el("dl");
      n.facts.concat(n.fields).forEach(function (f) { dl.appendChild(el("dt", f[0])); dl.appendChild(el("dd", f[1])); });
      body.appendChild(dl);
    }
    if (n.description) body.appendChild(el("p", n.description, "description"));
    if (n.tags.length) body.appendChild(el("p", W.tags + ": " + n.tags.join(", "), "tags"));
    if (n.scores.length) {
      var t = el("table"), head = el("tr");
      head.appendChild(el("th", W.year)); head.appendChild(el("th", W.score));
      t.appendChild(head);
      n.scores.forEach(function (s) { var r = el("tr"); r.appendChild(el("td", s[0])); r.appendChild(el("td", s[1])); t.appendChild(r); });
      var box = el("div");
      box.appendChild(t);
      if (n.scores_note) box.appendChild(el("p", n.scores_note, "note"));
      section(body, W.scores, box);
    }
    if (n.assessment) marks(body, n.assessment);
    if (n.evidence.length) {
      var ev = el("ul", null, "evidence");
      n.evidence.forEach(function (e) { ev.appendChild(el("li", e)); });
      section(body, W.evidence, ev);
    }
    var links = linksOf.get(id) || [];
    if (links.length) {
      var ul = el("ul", null, "links");
      links.forEach(function (l) {
        var li = el("li");
        var out = l.from === id;
        if (!out) { li.appendChild(nodeButton(l.from)); li.appendChild(document.createTextNode(" ")); }
        li.appendChild(document.createTextNode(l.phrase + " "));
        li.appendChild(out ? nodeButton(l.to) : el("bdi", n.label));
        var notes = [l.label, l.note].concat(l.evidence).filter(Boolean);
        if (notes.length) li.appendChild(el("div", notes.join(" · "), "note"));
        ul.appendChild(li);
      });
      section(body, W.links, ul);
    }
    $("details").hidden = false;
    if (hint) hint.hidden = true;
    // On a phone the details are under the map: bring them into sight.
    if (!centre && window.matchMedia && window.matchMedia("(max-width: 720px)").matches) {
      $("details").scrollIntoView({ block: "nearest", behavior: reduced ? "auto" : "smooth" });
    }
    if (centre && g && !g.classList.contains("off") && !g.classList.contains("vh")) {
      var b = g.getBBox(), w = Math.max(cam.w, 1), h = cam.h;
      var cw = Math.min(w, Math.max(b.width * 8, home.w / 3)), k = cw / w;
      moveTo({ x: b.x + b.width / 2 - cw / 2, y: b.y + b.height / 2 - h * k / 2, w: cw, h: h * k });
    }
  }
  function closeDetails() {
    if (selected && nodeEl.get(selected)) nodeEl.get(selected).classList.remove("sel");
    selected = null;
    $("details").hidden = true;
    if (hint) hint.hidden = false;
  }
  $("details-close").addEventListener("click", closeDetails);
  document.querySelectorAll(".to-node[data-node]").forEach(function (b) {
    b.addEventListener("click", function () { select(b.getAttribute("data-node"), true); wrap.scrollIntoView({ block: "nearest" }); });
  });

  // Search: by name, description and tags, accents ignored.
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var haystack = data.nodes.map(function (n) { return [n.id, fold([n.label, n.description].concat(n.tags).join(" "))]; });
  var search = $("search"), results = $("results");
  function runSearch() {
    var q = fold(search.value.trim());
    results.textContent = "";
    svg.querySelectorAll(".match").forEach(function (g) { g.classList.remove("match"); });
    if (!q) { svg.classList.remove("found"); return []; }
    var hits = haystack.filter(function (h) { return h[1].indexOf(q) >= 0; }).map(function (h) { return h[0]; });
    svg.classList.toggle("found", hits.length > 0);
    hits.forEach(function (id) { var g = nodeEl.get(id); if (g) g.classList.add("match"); });
    if (!hits.length) results.appendChild(el("li", W["search-none"]));
    hits.slice(0, 30).forEach(function (id) {
      var li = el("li"), b = nodeButton(id), n = nodeData.get(id);
      b.appendChild(document.createTextNode(" "));
      b.appendChild(el("span", n.kind_name, "kind"));
      li.appendChild(b);
      results.appendChild(li);
    });
    return hits;
  }
  if (search) {
    search.addEventListener("input", runSearch);
    search.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { var hits = runSearch(); if (hits.length) select(hits[0], true); }
      if (e.key === "Escape") { search.value = ""; runSearch(); }
    });
  }

  // Filters by kind and sector (on top of what a view hides).
  var offKinds = new Set(), offSectors = new Set();
  function applyFilters() {
    var off = new Set();
    data.nodes.forEach(function (n) {
      if (offKinds.has(n.kind) || (n.sector && offSectors.has(n.sector)) || (!n.sector && n.kind === "department" && offSectors.has(""))) off.add(n.id);
    });
    nodeEl.forEach(function (g, id) { g.classList.toggle("off", off.has(id)); });
    data.links.forEach(function (l) { var g = linkEl.get(l.id); if (g) g.classList.toggle("off", off.has(l.from) || off.has(l.to)); });
  }
  function checkbox(box, value, label, set) {
    var l = el("label"), c = el("input");
    c.type = "checkbox"; c.checked = true; c.value = value;
    c.addEventListener("change", function () { if (c.checked) set.delete(value); else set.add(value); applyFilters(); });
    l.appendChild(c); l.appendChild(document.createTextNode(" " + label));
    box.appendChild(l);
  }
  var kinds = new Map(), sectors = new Set();
  data.nodes.forEach(function (n) { kinds.set(n.kind, n.kind_name); if (n.kind === "department") sectors.add(n.sector); });
  if ($("filter-kinds")) {
    kinds.forEach(function (name, key) { checkbox($("filter-kinds"), key, name, offKinds); });
    Array.from(sectors).sort().forEach(function (s) { checkbox($("filter-sectors"), s, s || W["no-sector"], offSectors); });
    if (!sectors.size) $("filter-sectors").hidden = true;
  }

