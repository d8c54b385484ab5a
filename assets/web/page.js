(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var W = data.words;
  var svg = document.getElementById("map");
  var wrap = document.getElementById("map-wrap");
  var $ = function (id) { return document.getElementById(id); };

  // Index the map: node and link groups by id, links by node.
  var nodeEl = new Map(), linkEl = new Map(), nodeData = new Map(), linksOf = new Map();
  svg.querySelectorAll("g.node").forEach(function (g) { nodeEl.set(g.getAttribute("data-id"), g); });
  svg.querySelectorAll("g.link").forEach(function (g) { linkEl.set(g.getAttribute("data-id"), g); });
  data.nodes.forEach(function (n) { nodeData.set(n.id, n); linksOf.set(n.id, []); });
  data.links.forEach(function (l) {
    if (linksOf.has(l.from)) linksOf.get(l.from).push(l);
    if (linksOf.has(l.to)) linksOf.get(l.to).push(l);
  });
  var linkData = new Map(data.links.map(function (l) { return [l.id, l]; }));

  // The picture is a group of buttons for assistive technology.
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", document.title);
  nodeEl.forEach(function (g, id) {
    var n = nodeData.get(id);
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    if (n) g.setAttribute("aria-label", n.label + ", " + n.kind_name);
  });
  svg.querySelectorAll("g.link").forEach(function (g) { g.setAttribute("aria-hidden", "true"); });

  // Legends live in one layer, so a colouring can swap them.
  var legends = svg.querySelectorAll("g.legend");
  var legendLayer = document.createElementNS(svg.namespaceURI, "g");
  legendLayer.setAttribute("class", "legend-layer");
  if (legends.length) {
    legends[0].parentNode.insertBefore(legendLayer, legends[0]);
    legends.forEach(function (g) { legendLayer.appendChild(g); });
  } else {
    svg.appendChild(legendLayer);
  }

  // Camera: the SVG viewBox.
  var home = { x: data.bounds[0], y: data.bounds[1], w: data.bounds[2], h: data.bounds[3] };
  var cam = Object.assign({}, home);
  var anim = 0;
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  function show(c) {
    cam = c;
    svg.setAttribute("viewBox", [c.x, c.y, c.w, c.h].map(function (v) { return Math.round(v * 100) / 100; }).join(" "));
  }
  function moveTo(c) {
    cancelAnimationFrame(anim);
    if (reduced) { show(c); return; }
    var from = Object.assign({}, cam), t0 = performance.now();
    function step(t) {
      var k = Math.min(1, (t - t0) / 350), e = k * (2 - k);
      show({ x: from.x + (c.x - from.x) * e, y: from.y + (c.y - from.y) * e, w: from.w + (c.w - from.w) * e, h: from.h + (c.h - from.h) * e });
      if (k < 1) anim = requestAnimationFrame(step);
    }
    anim = requestAnimationFrame(step);
  }
  function pad(b, share) {
    var m = Math.max(b.w, b.h) * share + 20;
    return { x: b.x - m, y: b.y - m, w: b.w + 2 * m, h: b.h + 2 * m };
  }
  function boxOf(groups) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    groups.forEach(function (g) {
      var b = g.getBBox();
      x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
    });
    return x0 < x1 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
  }
  function zoom(factor, cx, cy) {
    if (cx === undefined) { cx = cam.x + cam.w / 2; cy = cam.y + cam.h / 2; }
    var w = Math.min(home.w * 4, Math.max(home.w / 40, cam.w * factor));
    var k = w / cam.w;
    show({ x: cx - (cx - cam.x) * k, y: cy - (cy - cam.y) * k, w: w, h: cam.h * k });
  }
  function toMap(clientX, clientY) {
    var m = svg.getScreenCTM();
    if (!m) return { x: cam.x, y: cam.y };
    var p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  }
  function unitsPerPixel() {
    var r = svg.getBoundingClientRect();
    return Math.max(cam.w / Math.max(r.width, 1), cam.h / Math.max(r.height, 1));
  }
  function pan(dx, dy) { show({ x: cam.x + dx, y: cam.y + dy, w: cam.w, h: cam.h }); }

  // Pointer: drag to pan, pinch to zoom, wheel to zoom at the pointer;
  // a press that does not move is a click.
  var pointers = new Map(), press = null, pinch = null;
  wrap.addEventListener("mousedown", function (e) { e.preventDefault(); });
  wrap.addEventListener("pointerdown", function (e) {
    cancelAnimationFrame(anim);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    try { wrap.setPointerCapture(e.pointerId); } catch (err) { /* a pointer the browser does not track */ }
    if (pointers.size === 1) press = { x: e.clientX, y: e.clientY, moved: false, target: e.target };
    if (pointers.size === 2) {
      var p = Array.from(pointers.values());
      pinch = { d: Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y), w: cam.w };
      if (press) press.moved = true;
    }
  });
  wrap.addEventListener("pointermove", function (e) {
    var last = pointers.get(e.pointerId);
    if (!last) return;
    var upp = unitsPerPixel();
    if (pointers.size === 1 && press) {
      if (Math.hypot(e.clientX - press.x, e.clientY - press.y) > 4) { press.moved = true; wrap.classList.add("dragging"); }
      if (press.moved) pan(-(e.clientX - last.x) * upp, -(e.clientY - last.y) * upp);
    }
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 2 && pinch) {
      var p = Array.from(pointers.values());
      var d = Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
      var c = toMap((p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2);
      if (d > 0) zoom((pinch.w * pinch.d / d) / cam.w, c.x, c.y);
    }
  });
  function release(e) {
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 0) {
      wrap.classList.remove("dragging");
      if (press && !press.moved && e.type === "pointerup") {
        var g = press.target.closest && press.target.closest("g.node");
        if (g) select(g.getAttribute("data-id"), false);
      }
      press = null;
    }
  }
  wrap.addEventListener("pointerup", release);
  wrap.addEventListener("pointercancel", release);
  wrap.addEventListener("wheel", function (e) {
    e.preventDefault();
    var c = toMap(e.clientX, e.clientY);
    zoom(Math.pow(1.0015, e.deltaY * (e.deltaMode === 1 ? 30 : 1)), c.x, c.y);
  }, { passive: false });
  $("zoom-in").addEventListener("click", function () { zoom(1 / 1.4); });
  $("zoom-out").addEventListener("click", function () { zoom(1.4); });
  $("zoom-fit").addEventListener("click", function () { moveTo(home); });

  // Hover and keyboard focus light up a node's neighbours.
  function light(id) {
    svg.querySelectorAll(".on").forEach(function (el) { el.classList.remove("on"); });
    if (id === null) { svg.classList.remove("hl"); return; }
    svg.classList.add("hl");
    nodeEl.get(id) && nodeEl.get(id).classList.add("on");
    (linksOf.get(id) || []).forEach(function (l) {
      var g = linkEl.get(l.id); if (g) g.classList.add("on");
      var other = nodeEl.get(l.from === id ? l.to : l.from); if (other) other.classList.add("on");
    });
  }
  svg.addEventListener("pointerover", function (e) {
    var g = e.target.closest && e.target.closest("g.node");
    if (g && pointers.size === 0) light(g.getAttribute("data-id"));
  });
  svg.addEventListener("pointerleave", function () { light(null); });
  svg.addEventListener("focusin", function (e) {
    var g = e.target.closest && e.target.closest("g.node");
    if (g) light(g.getAttribute("data-id"));
  });
  svg.addEventListener("focusout", function () { light(null); });

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
      n.scores.forEach(function (s) { var r = el("tr"); r.appendChild(el("td", String(s[0]))); r.appendChild(el("td", s[1])); t.appendChild(r); });
      section(body, W.scores, t);
    }
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

  // Colourings: fill, text colour and score line of every node, and the legend.
  var scheme = 0;
  function paint(i) {
    var s = data.schemes[i];
    if (!s || i === scheme) return;
    scheme = i;
    nodeEl.forEach(function (g, id) {
      var p = s.nodes[id];
      if (!p) return;
      var shape = g.firstElementChild, texts = g.querySelectorAll("text");
      if (shape && p[0]) shape.setAttribute("fill", p[0]);
      texts.forEach(function (t) { if (p[1]) t.setAttribute("fill", p[1]); });
      if (p[2] && texts.length) texts[texts.length - 1].textContent = p[2];
    });
    legendLayer.innerHTML = s.legend;
  }

  // Views as a story.
  var current = -1;
  var story = $("story"), list = $("views");
  function markView(v) {
    nodeEl.forEach(function (g, id) {
      g.classList.toggle("vh", !!v && v.hiddenSet.has(id));
      g.classList.toggle("vd", !!v && v.dimSet.has(id));
    });
    data.links.forEach(function (l) {
      var g = linkEl.get(l.id);
      if (!g) return;
      g.classList.toggle("vh", !!v && (v.hiddenSet.has(l.from) || v.hiddenSet.has(l.to)));
      g.classList.toggle("vd", !!v && (v.dimSet.has(l.from) || v.dimSet.has(l.to)));
    });
  }
  data.views.forEach(function (v) { v.hiddenSet = new Set(v.hidden); v.dimSet = new Set(v.dimmed); });
  function goTo(i) {
    i = Math.max(-1, Math.min(data.views.length - 1, i));
    current = i;
    var v = data.views[i];
    markView(v);
    paint(v ? v.scheme : 0);
    $("step").textContent = v ? v.step : "";
    $("caption").textContent = v ? v.caption : W["whole-map"];
    $("prev").disabled = i < 0;
    $("next").disabled = i >= data.views.length - 1;
    if (list) list.querySelectorAll("li").forEach(function (li, k) {
      if (k === i) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
    });
    var target = home;
    if (v && v.area) target = { x: v.area[0], y: v.area[1], w: v.area[2], h: v.area[3] };
    else if (v) {
      var shown = [];
      nodeEl.forEach(function (g, id) { if (!v.hiddenSet.has(id) && !v.dimSet.has(id)) shown.push(g); });
      var b = shown.length && shown.length < nodeEl.size ? boxOf(shown) : null;
      if (b) target = pad(b, 0.08);
    }
    moveTo(target);
    if (history.replaceState) history.replaceState(null, "", i >= 0 ? "#view-" + (i + 1) : "#");
  }
  if (data.views.length) {
    story.hidden = false;
    if (list) data.views.forEach(function (v, i) {
      var li = el("li"), b = el("button", v.caption);
      b.type = "button";
      b.addEventListener("click", function () { goTo(i); });
      li.appendChild(b);
      list.appendChild(li);
    });
  } else if ($("views-box")) {
    $("views-box").hidden = true;
  }
  $("prev").addEventListener("click", function () { goTo(current - 1); });
  $("next").addEventListener("click", function () { goTo(current + 1); });

  // Gaps: show a gap's nodes on the map.
  document.querySelectorAll(".to-gap").forEach(function (b) {
    b.addEventListener("click", function () {
      var ids = data.gaps[Number(b.getAttribute("data-gap"))] || [];
      if (!ids.length) return;
      select(ids[0], false);
      var groups = ids.map(function (id) { return nodeEl.get(id); }).filter(Boolean);
      var box = boxOf(groups);
      if (box) moveTo(pad(box, 0.3));
      light(ids[0]);
      wrap.scrollIntoView({ block: "nearest" });
    });
  });

  // Keys: Page Down / Page Up (clickers) and arrows step through views;
  // on the map, arrows pan and + / - zoom; / searches; Escape closes.
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target, typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
    if (typing) return;
    var onMap = wrap.contains(t);
    var upp = unitsPerPixel() * 60, k = e.key;
    if (onMap && t.closest && t.closest("g.node") && (k === "Enter" || k === " ")) {
      e.preventDefault(); select(t.closest("g.node").getAttribute("data-id"), false); return;
    }
    if (onMap && k.indexOf("Arrow") === 0) {
      e.preventDefault();
      pan(k === "ArrowLeft" ? -upp : k === "ArrowRight" ? upp : 0, k === "ArrowUp" ? -upp : k === "ArrowDown" ? upp : 0);
      return;
    }
    if (k === "+" || k === "=") { zoom(1 / 1.4); return; }
    if (k === "-" || k === "_") { zoom(1.4); return; }
    if (k === "0") { moveTo(home); return; }
    if (k === "/" && search) { e.preventDefault(); search.focus(); return; }
    if (k === "Escape") { closeDetails(); light(null); return; }
    if (!data.views.length || (t && t.tagName === "BUTTON" && k === " ")) return;
    if (k === "PageDown" || k === "ArrowRight" || k === "ArrowDown" || k === " ") { e.preventDefault(); goTo(current + 1); }
    else if (k === "PageUp" || k === "ArrowLeft" || k === "ArrowUp") { e.preventDefault(); goTo(current - 1); }
    else if (k === "Home") { e.preventDefault(); goTo(-1); }
    else if (k === "End") { e.preventDefault(); goTo(data.views.length - 1); }
  });

  // Start: the whole map, or the view (#view-3) or node (#node-ID) the
  // address names.
  show(home);
  var hash = location.hash, m = /^#view-(\d+)$/.exec(hash);
  if (data.views.length) goTo(m ? Number(m[1]) - 1 : -1);
  var n = /^#node-(.+)$/.exec(hash);
  if (n) select(decodeURIComponent(n[1]), true);
  document.documentElement.setAttribute("data-ready", "true");
})();
