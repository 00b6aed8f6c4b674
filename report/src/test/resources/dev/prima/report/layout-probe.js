/* Test only: measures the drawn report as a reader sees it and writes what is wrong into the DOM. */
(function () {
  function box(el) { return el.getBoundingClientRect(); }
  function overlap(a, b) {
    return a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0 &&
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  }
  function name(el) {
    return (el.getAttribute('data-prima-element') || el.getAttribute('class') || el.tagName) +
      ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  }
  function probe() {
    var render = document.body.dataset.render;
    if (render !== 'done' && render !== 'failed') {
      setTimeout(probe, 50);
      return;
    }
    var problems = [];
    // the diagram: no badge covers a label or another badge
    var badges = Array.prototype.slice.call(document.querySelectorAll('.prima-stats, .prima-breach'));
    var texts = Array.prototype.slice.call(document.querySelectorAll('#canvas .djs-element text'));
    badges.forEach(function (badge, i) {
      texts.forEach(function (text) {
        if (text.textContent.trim() && overlap(box(badge), box(text))) {
          problems.push('diagram: ' + name(badge) + ' covers the label "' + text.textContent.trim() + '"');
        }
      });
      badges.slice(i + 1).forEach(function (other) {
        if (overlap(box(badge), box(other))) {
          problems.push('diagram: ' + name(badge) + ' covers ' + name(other));
        }
      });
    });
    // the timeline: every text inside the picture, none on another, every bar wide enough to see
    var svg = document.getElementById('case-timeline');
    if (svg) {
      var frame = box(svg);
      var svgTexts = Array.prototype.slice.call(svg.querySelectorAll('text'));
      svgTexts.forEach(function (text, i) {
        var b = box(text);
        if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5) {
          problems.push('timeline: ' + name(text) + ' is cut off at the edge');
        }
        svgTexts.slice(i + 1).forEach(function (other) {
          if (overlap(b, box(other))) {
            problems.push('timeline: ' + name(text) + ' lies on ' + name(other));
          }
        });
      });
      svg.querySelectorAll('rect.moment').forEach(function (bar) {
        if (box(bar).width < 2) {
          problems.push('timeline: the bar of ' + bar.textContent.trim() + ' is ' + box(bar).width.toFixed(1) + ' px wide');
        }
      });
    }
    // tables: the cells kept on one line stay on one line
    document.querySelectorAll('td.nowrap').forEach(function (cell) {
      var range = document.createRange();
      range.selectNodeContents(cell);
      var lines = {};
      Array.prototype.forEach.call(range.getClientRects(), function (r) { lines[Math.round(r.top)] = true; });
      if (Object.keys(lines).length > 1) {
        problems.push('table: "' + cell.textContent + '" wraps over ' + Object.keys(lines).length + ' lines');
      }
    });
    var out = document.createElement('pre');
    out.id = 'layout-problems';
    out.textContent = problems.join('\n');
    document.body.appendChild(out);
    var text = document.createElement('pre');
    text.id = 'visible-text';
    text.textContent = document.body.innerText;
    document.body.appendChild(text);
    document.body.dataset.probe = 'done';
  }
  probe();
})();
