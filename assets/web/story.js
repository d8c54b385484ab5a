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
