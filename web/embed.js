/* Parley embed: who stands where in a news article. README "Embed in your site" */
(() => {
"use strict";
var W = window, D = document, P = "Parley: ";
var warn = m => console.warn(P + m);
if (W.Parley && W.Parley.analyze) return warn("embed.js is loaded twice; ignoring this tag.");
var me = D.currentScript || D.querySelector("script[data-parley-article]"), opt = me.dataset;
var ORIGIN = new URL(me.src).origin, wired = new WeakMap(), sheet;
var API = W.CSS && CSS.highlights && opt.parleyHighlight != "mark";

// The text as a reader sees it; for each character, its node and offset.
function read(root) {
  var out = "", segs = [], pend = "", ws = 1;
  (function walk(el) {
    for (var n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType == 3) {
        for (var d = n.data, i = 0, seg = null, c; i < d.length; i++) {
          c = d.charCodeAt(i);
          if (c == 32 || (c > 8 && c < 14 && c != 11)) { if (ws) continue; ws = 1; c = " "; }
          else { if (pend) out += out && pend, pend = "", seg = null; ws = 0; c = d[i]; }
          if (!seg) segs.push(seg = { n, at: out.length, map: [], raw: d.length });
          out += c;
          seg.map.push(i);
        }
      } else if (n.nodeType == 1 && !/^(iframe|object|svg|math|button|select|textarea|parley-embed)$/i.test(n.nodeName)) {
        var disp = getComputedStyle(n).display;
        if (n.nodeName == "BR") pend = pend || "\n", ws = 1;
        if (disp == "none") continue;
        if (/^(inline|contents)/.test(disp)) walk(n);
        else pend = "\n\n", ws = 1, walk(n), pend = "\n\n", ws = 1;
      }
    }
  })(root);
  return { text: out, segs };
}

// [node, from, to] for the text range [s, e).
function pieces(doc, s, e) {
  var out = [];
  for (var x of doc.segs) if (x.at < e && x.at + x.map.length > s) {
    if (!x.n.isConnected || x.n.data.length != x.raw) return warn("the article changed."), [];
    out.push([x.n, x.map[Math.max(s, x.at) - x.at], x.map[Math.min(e, x.at + x.map.length) - x.at - 1] + 1]);
  }
  return out;
}

function el(tag, cls, text, parent) {
  var e = D.createElement(tag);
  e.className = cls || "";
  e.textContent = text || "";
  return parent ? parent.appendChild(e) : e;
}
function css(root, text) { // not <style>: strict CSPs allow it
  try { var c = new CSSStyleSheet(); c.replaceSync(text); root.adoptedStyleSheets = [...root.adoptedStyleSheets, c]; }
  catch (e) { el("style", "", text, root.head || root); }
}
var SHEET = "*{font:15px/1.4 system-ui,sans-serif;color-scheme:light dark}.light{color-scheme:light}.dark{color-scheme:dark}" +
  ".b{margin:0 0 1em;padding:.45em .9em;border-radius:2em;border:0;background:#1f3a5f;color:#fff}" +
  ".p{position:fixed;z-index:999999;inset:0 0 0 auto;width:min(420px,100vw);display:flex;flex-direction:column;" +
  "background:Canvas;color:CanvasText;box-shadow:0 0 24px #0004}.p[hidden]{display:none}" +
  ".left{inset:0 auto 0 0}.bottom{inset:auto 0 0;width:auto;height:70vh}@media (max-width:640px){.p{inset:auto 0 0;width:auto;height:70vh}}" +
  ".x{position:absolute;top:0;right:.3em;border:0;background:none;color:inherit;font-size:1.5em}iframe{border:0;flex:1}";
function shadow(parent, before, cls) { // no CSS leaks in or out
  var h = D.createElement("parley-embed"), r = h.attachShadow({ mode: "open" });
  css(r, SHEET);
  parent.insertBefore(h, before);
  return el("div", cls, "", r);
}

function wire(art) {
  if (wired.has(art)) return wired.get(art)();
  var doc = read(art), theme = /^(light|dark)$/.test(opt.parleyTheme) ? opt.parleyTheme : "auto";
  if (!doc.text.trim()) return warn("the article is empty.");
  var bar = shadow(art.parentNode, art, theme), panel = shadow(D.body, null, "p " + opt.parleyPosition + " " + theme);
  var btn = el("button", "b", opt.parleyLabel || "Who stands where", bar);
  var x = el("button", "x", "×", panel), frame, port, pressed = 0, marks = [], pinned;
  panel.hidden = true; panel.role = "dialog"; panel.ariaLabel = P + "who stands where";
  btn.ariaExpanded = false; x.ariaLabel = "Close";
  wired.set(art, () => { doc = read(art); send(); });

  function load() {
    if (frame) return;
    frame = el("iframe", "", "", panel);
    frame.title = P + "who stands where";
    frame.sandbox = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
    frame.src = ORIGIN + "/embed#theme=" + theme;
    frame.onmouseleave = () => pinned || unmark();
  }
  function send() { port && port.postMessage({ type: "analyze", text: doc.text }); }
  function open(v) {
    panel.hidden = !v;
    btn.ariaExpanded = v;
    // A bottom sheet leaves room below the page's end, so that the end of
    // the article can be scrolled to above it.
    var h = panel.getRootNode().host, s = h.style, top = v && panel.getBoundingClientRect().top;
    s.display = "block"; s.height = top > 0 ? innerHeight - top + "px" : "0";
    if (v) pressed = performance.now(), load(), into("first"); else unmark(), btn.focus();
  }
  // Focus stays in the open panel: × and the panel's items, in a ring.
  function into(at) { frame.focus(); port && port.postMessage({ type: "focus", at }); }
  btn.onclick = () => open(panel.hidden);
  btn.onpointerenter = btn.onfocus = load; // load early
  x.onclick = () => open(false);
  panel.onkeydown = e => {
    if (e.key == "Escape") open(false);
    else if (e.key == "Tab" && e.target == x) e.preventDefault(), into(e.shiftKey ? "last" : "first");
  };

  // Parley's frame says it is ready and gets a port for all else.
  W.addEventListener("message", e => {
    var d = e.data || {}, ours = /^(parley|(un)?highlight)/.test(d.type), ch;
    if (!frame || e.source != frame.contentWindow) return ours && warn("ignored a foreign message.");
    if (e.origin != ORIGIN || d.type != "parley:ready") return warn("ignored a stray message.");
    port && port.close();
    port = (ch = new MessageChannel()).port1;
    port.onmessage = onPort;
    frame.contentWindow.postMessage({ type: "parley:connect" }, ORIGIN, [ch.port2]);
    send();
    panel.hidden || into("first");
  });

  function onPort(e) {
    var d = e.data || {}, t = d.type, rs = d.ranges || [[d.start, d.end]];
    if (t == "highlight" && Array.isArray(rs) && rs.length <= 100 && rs.every(r => Array.isArray(r) && r[0] < r[1] &&
      r.every(v => Number.isInteger(v) && v >= 0 && v <= doc.text.length))) mark(rs, d.scroll === true);
    else if (t == "unhighlight") unmark();
    else if (t == "close") open(false);
    else if (t == "tab-out") x.focus();
    else if (/^(result|error)$/.test(t)) {
      art.dispatchEvent(new CustomEvent("parley:result", { detail: { ...d, ms: pressed && Math.round(performance.now() - pressed) } }));
      pressed = 0;
    } else if (t != "parley:connected") warn("ignored a bad message.");
  }

  function mark(rs, scroll) {
    var ps = [], end = -1, i, n, a, e, r, mid, rest;
    unmark();
    pinned = scroll;
    sheet = sheet || css(D, "::highlight(parley),mark[data-parley]{background-color:#ffe58a;color:inherit}") || 1;
    for (r of rs) if (r[0] >= end) ps = ps.concat(pieces(doc, r[0], r[1])), end = r[1];
    if (!ps.length) return;
    if (API) {
      CSS.highlights.set("parley", new Highlight(...ps.map(p => (r = new Range(), r.setStart(p[0], p[1]), r.setEnd(p[0], p[2]), r))));
      r = CSS.highlights.get("parley").values().next().value;
    } else for (i = ps.length - 1; i >= 0; i--) { // last first: offsets stay valid
      [n, a, e] = ps[i];
      mid = a ? n.splitText(a) : n;
      rest = e - a < mid.data.length ? mid.splitText(e - a) : null;
      mid.replaceWith(r = el("mark"));
      r.setAttribute("data-parley", "");
      r.appendChild(mid);
      marks.push([n, mid, rest, r]);
    }
    // Into what the panel leaves visible, above a bottom sheet (phones):
    // centred, or from its start if it is taller.
    if (scroll) n = panel.getBoundingClientRect().top || innerHeight, r = r.getBoundingClientRect(),
      W.scrollBy({ top: r.height > n - 16 ? r.top - 8 : r.top + r.height / 2 - n / 2, behavior: "smooth" });
  }
  // Merges back exactly the nodes it split: the DOM is as before.
  function unmark() {
    if (API) CSS.highlights.delete("parley");
    for (var k; (k = marks.pop());) {
      k[3].replaceWith(k[1]);
      if (k[2]) k[1].data += k[2].data, k[2].remove();
      if (k[1] != k[0]) k[0].data += k[1].data, k[1].remove();
    }
  }
  if ("parleyOpen" in opt && opt.parleyOpen != "false") open(true);
}

function start() {
  var sel = opt.parleyArticle || "article", a;
  try { a = D.querySelector(sel); } catch { /* not a selector */ }
  a ? wire(a) : warn('nothing matches data-parley-article="' + sel + '"; use Parley.analyze(element).');
}
W.Parley = Object.freeze({ analyze: a => a instanceof Element ? wire(a) : warn("analyze needs an element.") });
D.readyState == "loading" ? D.addEventListener("DOMContentLoaded", start) : start();
})();
