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

