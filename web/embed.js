/* Parley embed: <script src="https://PARLEY/web/embed.js" data-parley-article="#story" async>
   shows who stands where in the article. See docs/embed.md. Global: Parley only. */
(function () {
"use strict";
var W = window, D = document, P = "Parley: ";
function warn(m) { console.warn(P + m); }
if (W.Parley) return warn("embed.js is on this page twice; the second tag is ignored.");
var me = D.currentScript || D.querySelector('script[src*="embed.js"]'), opt = me.dataset;
var ORIGIN = new URL(me.src, location.href).origin, wired = [], sheet;
var API = W.CSS && CSS.highlights && opt.parleyHighlight !== "mark";

// The text a reader sees (blocks apart, spaces folded) and, per text node,
// the node offset of each character: offsets map back to the DOM exactly.
function read(root) {
  var out = "", segs = [], pend = "", ws = 1;
  (function walk(el) {
    for (var n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        var d = n.data, s = "", map = [], i, c, flush = function () {
          if (s) segs.push({ n: n, at: out.length, len: s.length, map: map, raw: d.length });
          out += s; s = ""; map = [];
        };
        for (i = 0; i < d.length; i++) {
          c = d.charCodeAt(i);
          if (c === 32 || (c > 8 && c < 14 && c !== 11)) { if (ws) continue; ws = 1; s += " "; }
          else { if (pend) flush(), out += out && pend, pend = ""; ws = 0; s += d[i]; }
          map.push(i);
        }
        flush();
      } else if (n.nodeType === 1 && !/^(iframe|object|svg|math|button|select|textarea|parley-embed)$/i.test(n.nodeName)) {
        var disp = getComputedStyle(n).display, b = !/^(inline|contents)/.test(disp);
        if (disp === "none") continue;
        if (n.nodeName === "BR") { pend = pend || "\n"; ws = 1; continue; }
        if (b) pend = "\n\n", ws = 1;
        walk(n);
        if (b) pend = "\n\n", ws = 1;
      }
    }
  })(root);
  return { text: out, segs: segs };
}

// [node, from, to] of each text node in the text range [s, e).
function pieces(doc, s, e) {
  var out = [], g = doc.segs, lo = 0, hi = g.length, m, x;
  while (lo < hi) { m = (lo + hi) >> 1; if (g[m].at + g[m].len <= s) lo = m + 1; else hi = m; }
  for (; lo < g.length && g[lo].at < e; lo++) {
    x = g[lo];
    if (!x.n.isConnected || x.n.data.length !== x.raw) return warn("the article changed; call Parley.analyze(element)."), [];
    out.push([x.n, x.map[Math.max(s, x.at) - x.at], x.map[Math.min(e, x.at + x.len) - x.at - 1] + 1]);
  }
  return out;
}

function el(tag, cls, text, parent) {
  var e = D.createElement(tag);
  e.className = cls || "";
  e.textContent = text || "";
  return parent ? parent.appendChild(e) : e;
}
function css(root, text) { // a constructed sheet, not <style>: a page's strict CSP allows it
  try { var c = new CSSStyleSheet(); c.replaceSync(text); root.adoptedStyleSheets = root.adoptedStyleSheets.concat(c); }
  catch (e) { el("style", "", text, root.head || root); }
}
var SHEET = "*{box-sizing:border-box;font:15px/1.4 system-ui,sans-serif}" +
  ".b{margin:0 0 1em;padding:.45em .9em;border-radius:2em;border:0;background:#1f3a5f;color:#fff;cursor:pointer}" +
  ".p{position:fixed;z-index:2147483000;top:0;bottom:0;width:min(420px,100vw);background:#fbfaf7;color:#1d2430;" +
  "box-shadow:0 0 24px #0004;display:flex;flex-direction:column}.p[hidden]{display:none}.right{right:0}.left{left:0}" +
  ".bottom{top:auto;left:0;right:0;width:auto;height:70vh}@media (max-width:640px){.p{top:auto;left:0;right:0;width:auto;height:70vh}}" +
  ".h{display:flex;justify-content:space-between;padding:0 .8em;border-bottom:1px solid #8884;align-items:center}" +
  ".x{border:0;background:none;color:inherit;font-size:1.5em}iframe{border:0;flex:1}.dark .b,.dark.p{background:#14171c;color:#eee}" +
  "@media (prefers-color-scheme:dark){.auto .b,.auto.p{background:#14171c;color:#eee}}";
function shadow(parent, before, cls) { // in a shadow root: no CSS leaks either way
  var h = D.createElement("parley-embed"), r = h.attachShadow({ mode: "open" });
  css(r, SHEET);
  parent.insertBefore(h, before);
  return el("div", cls, "", r);
}

function wire(art) {
  for (var i = 0; i < wired.length; i++) if (wired[i].el === art) return wired[i].refresh();
  var doc = read(art), theme = /^(light|dark)$/.test(opt.parleyTheme) ? opt.parleyTheme : "auto";
  if (!doc.text.trim()) return warn("the article has no text yet; call Parley.analyze(element) once it has.");
  var bar = shadow(art.parentNode, art, theme);
  var panel = shadow(D.body, null, "p " + (/^(left|bottom)$/.test(opt.parleyPosition) ? opt.parleyPosition : "right") + " " + theme);
  var btn = el("button", "b", opt.parleyLabel || "Who stands where", bar);
  var head = el("div", "h", "", panel), title = el("span", "", "Parley · who stands where", head);
  var x = el("button", "x", "×", head), frame, port, pressed = 0, marks = [], pinned;
  panel.hidden = true;
  panel.role = "dialog";
  panel.ariaLabel = "Parley: who stands where";
  btn.ariaExpanded = false;
  x.ariaLabel = "Close";
  wired.push({ el: art, refresh: function () { doc = read(art); send(); } });

  function load() {
    if (frame) return;
    frame = el("iframe", "", "", panel);
    frame.title = "Parties, stances and proposals in this article";
    frame.sandbox = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
    frame.referrerPolicy = "no-referrer";
    frame.src = ORIGIN + "/embed#theme=" + theme;
    frame.onmouseleave = function () { if (!pinned) unmark(); };
  }
  function send() { if (port) port.postMessage({ type: "analyze", text: doc.text, theme: theme }); }
  function open(v) {
    panel.hidden = !v;
    btn.ariaExpanded = v;
    if (v) pressed = performance.now(), load(), x.focus(); else unmark(), btn.focus();
  }
  btn.onclick = function () { open(panel.hidden); };
  btn.onpointerenter = btn.onfocus = load; // Parley starts loading before the click
  x.onclick = function () { open(false); };
  panel.onkeydown = function (e) { if (e.key === "Escape") open(false); };

  // Only Parley's frame may say it is ready; it gets a port of its own, and
  // everything else goes over that port.
  W.addEventListener("message", function (e) {
    var d = e.data || {}, ours = /^(parley|highlight|unhighlight)/.test(d.type), ch;
    if (!frame || e.source !== frame.contentWindow) return ours && warn("ignored a message that is not from Parley's panel.");
    if (e.origin !== ORIGIN || d.type !== "parley:ready") return warn("ignored an unexpected window message.");
    if (port) port.close();
    port = (ch = new MessageChannel()).port1;
    port.onmessage = onPort;
    frame.contentWindow.postMessage({ type: "parley:connect" }, ORIGIN, [ch.port2]);
    send();
  });

  function ok(r) {
    return Array.isArray(r) && r[0] < r[1] && r.every(function (v) { return typeof v == "number" && v % 1 === 0 && v >= 0 && v <= doc.text.length; });
  }
  function onPort(e) {
    var d = e.data || {}, t = d.type, rs = d.ranges || [[d.start, d.end]], det;
    if (t === "highlight") {
      if (rs.length > 100 || !rs.every(ok)) return warn("ignored a malformed highlight message.");
      mark(rs, d.scroll === true);
    } else if (t === "unhighlight") unmark();
    else if (t === "result" || t === "error") {
      det = { parties: +d.parties, stances: +d.stances, proposals: +d.proposals, ms: 0 };
      if (t === "error") det.error = title.textContent = P + String(d.message).slice(0, 300);
      if (pressed) det.ms = Math.round(performance.now() - pressed), console.info(P + "results " + det.ms + " ms after the press.");
      pressed = 0;
      art.dispatchEvent(new CustomEvent("parley:result", { detail: det }));
    } else if (t !== "parley:connected") warn("ignored a malformed message.");
  }

  function mark(rs, scroll) {
    var ps = [], rg = [], end = -1, h = API && new Highlight(), i, n, a, len, r, mid, rest;
    unmark();
    pinned = scroll;
    sheet = sheet || css(D, "::highlight(parley),mark[data-parley]{background-color:#ffe58a;color:inherit}") || 1;
    rs.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (r) {
      if (r[0] >= end) ps = ps.concat(pieces(doc, r[0], r[1])), end = r[1];
    });
    for (i = ps.length - 1; i >= 0; i--) { // the last first: earlier offsets stay valid
      n = ps[i][0]; a = ps[i][1]; len = ps[i][2] - a;
      if (h) {
        r = D.createRange(); r.setStart(n, a); r.setEnd(n, a + len); rg.unshift(r);
        continue;
      }
      mid = a ? n.splitText(a) : n;
      rest = len < mid.data.length ? mid.splitText(len) : null;
      r = el("mark");
      r.setAttribute("data-parley", "");
      mid.replaceWith(r);
      r.appendChild(mid);
      marks.push([n, mid, rest, r]);
    }
    if (h) rg.forEach(function (x) { h.add(x); }), CSS.highlights.set("parley", h);
    var box = r && r.getBoundingClientRect();
    if (scroll && box && (box.top < 0 || box.bottom > innerHeight)) scrollBy({ top: box.top - innerHeight / 3, behavior: "smooth" });
  }
  // Puts back exactly the nodes it split: the article's DOM is as before.
  function unmark() {
    if (API) CSS.highlights.delete("parley");
    for (var k; (k = marks.pop());) {
      k[3].replaceWith(k[1]);
      if (k[2]) k[1].data += k[2].data, k[2].remove();
      if (k[1] !== k[0]) k[0].data += k[1].data, k[1].remove();
    }
  }
  if (opt.parleyOpen !== undefined && opt.parleyOpen !== "false") open(true);
}

function start() {
  var sel = opt.parleyArticle || "article", a;
  try { a = D.querySelector(sel); } catch (e) { /* not a selector */ }
  if (a) wire(a); else warn('nothing matches data-parley-article="' + sel + '"; call Parley.analyze(element) once the article is there.');
}
W.Parley = Object.freeze({ analyze: function (a) { if (a instanceof Element) wire(a); else warn("analyze needs an element."); } });
if (D.readyState === "loading") D.addEventListener("DOMContentLoaded", start); else start();
})();
