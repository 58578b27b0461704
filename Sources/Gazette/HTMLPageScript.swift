/// The inline script of Gazette's HTML page. It draws each article's relations as SVG
/// arrows from the head mention to the tail mention (both ends for symmetric types),
/// labelled with the type, and highlights a relation, its two mentions, its trigger and
/// its arrow while the relation or one of its mentions is hovered or focused. Without
/// the script the page still shows every mention and the relation list.
///
/// Arrows between mentions on different lines are fainter and show their label only
/// while highlighted, so that they do not hide the text they cross.
///
/// Small pages are drawn at once; pages of more than 200 articles draw an article when it
/// scrolls into view. Arrows are redrawn when the width changes.
enum HTMLPageScript {
    static let source = """
        (function () {
          "use strict";
          var NS = "http://www.w3.org/2000/svg";
          function make(name, attributes) {
            var element = document.createElementNS(NS, name);
            for (var key in attributes) element.setAttribute(key, attributes[key]);
            return element;
          }
          function draw(doc) {
            var box = doc.querySelector(".textbox"), svg = box && box.querySelector("svg.arcs");
            if (!svg) return;
            while (svg.firstChild) svg.removeChild(svg.firstChild);
            doc.dataset.drawnWidth = String(box.clientWidth);
            var origin = box.getBoundingClientRect();
            var marker = make("marker", {id: doc.id + "-arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
              markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse", markerUnits: "userSpaceOnUse"});
            marker.appendChild(make("path", {d: "M0,1 L10,5 L0,9 z", "class": "head"}));
            var defs = make("defs", {});
            defs.appendChild(marker);
            svg.appendChild(defs);
            var items = doc.querySelectorAll(".rels li[data-head]");
            for (var i = 0; i < items.length; i++) {
              var item = items[i];
              var head = doc.querySelector('.text [data-id="' + item.dataset.head + '"]');
              var tail = doc.querySelector('.text [data-id="' + item.dataset.tail + '"]');
              if (!head || !tail) continue;
              var a = head.getClientRects()[0], b = tail.getClientRects()[0];
              if (!a || !b) continue;
              var x1 = a.left + Math.min(a.width / 2, 14) - origin.left, y1 = a.top - origin.top + 1;
              var x2 = b.left + Math.min(b.width / 2, 14) - origin.left, y2 = b.top - origin.top + 1;
              if (Math.abs(x2 - x1) < 6 && Math.abs(y2 - y1) < 2) x2 += 8;
              var lift = 9 + Math.min(15, Math.abs(x2 - x1) / 30);
              var top = Math.min(y1, y2) - lift;
              var group = make("g", {"data-index": String(i)});
              if (Math.abs(y2 - y1) > 4) group.setAttribute("class", "cross");
              var path = make("path", {"class": "arc", d: "M" + x1 + "," + y1 + " C" + x1 + "," + top + " " + x2 + "," + top + " " + x2 + "," + y2,
                "marker-end": "url(#" + doc.id + "-arrow)"});
              if (item.dataset.symmetric) path.setAttribute("marker-start", "url(#" + doc.id + "-arrow)");
              group.appendChild(path);
              var label = make("text", {x: String((x1 + x2) / 2), y: String(0.75 * top + 0.125 * (y1 + y2) - 2), "text-anchor": "middle"});
              label.textContent = item.dataset.rel;
              group.appendChild(label);
              svg.appendChild(group);
              item.dataset.arc = String(i);
            }
          }
          var lit = [];
          function light(element) { element.classList.add("hot"); lit.push(element); }
          function clear() {
            for (var i = 0; i < lit.length; i++) lit[i].classList.remove("hot", "focus");
            lit = [];
          }
          function lightRelation(doc, item) {
            light(item);
            ["head", "tail"].forEach(function (end) {
              var mention = doc.querySelector('.text [data-id="' + item.dataset[end] + '"]');
              if (mention) light(mention);
            });
            if (item.dataset.ts) {
              var trigger = doc.querySelector('.text .trg[data-ts="' + item.dataset.ts + '"]');
              if (trigger) light(trigger);
            }
            var svg = doc.querySelector("svg.arcs");
            var group = svg && item.dataset.arc ? svg.querySelector('g[data-index="' + item.dataset.arc + '"]') : null;
            if (group) { light(group); svg.classList.add("focus"); lit.push(svg); }
          }
          function show(target) {
            clear();
            var found = target && target.closest ? target.closest(".rels li[data-head], .text mark.m") : null;
            if (!found) return;
            var doc = found.closest(".doc");
            if (!doc) return;
            if (found.matches("li")) { lightRelation(doc, found); return; }
            light(found);
            var id = found.dataset.id;
            doc.querySelectorAll(".rels li[data-head]").forEach(function (item) {
              if (item.dataset.head === id || item.dataset.tail === id) lightRelation(doc, item);
            });
          }
          document.addEventListener("mouseover", function (event) { show(event.target); });
          document.addEventListener("focusin", function (event) { show(event.target); });
          document.addEventListener("focusout", function () { clear(); });
          var docs = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
          var visible = new Set();
          var observer = null;
          if (docs.length > 200 && "IntersectionObserver" in window) {
            observer = new IntersectionObserver(function (entries) {
              entries.forEach(function (entry) {
                if (entry.isIntersecting) {
                  visible.add(entry.target);
                  var box = entry.target.querySelector(".textbox");
                  if (box && entry.target.dataset.drawnWidth !== String(box.clientWidth)) draw(entry.target);
                } else {
                  visible.delete(entry.target);
                }
              });
            }, {rootMargin: "400px 0px"});
            docs.forEach(function (doc) { observer.observe(doc); });
          } else {
            docs.forEach(draw);
          }
          var pending = 0;
          window.addEventListener("resize", function () {
            clearTimeout(pending);
            pending = setTimeout(function () { (observer ? Array.from(visible) : docs).forEach(draw); }, 150);
          });
        })();
        """
}
