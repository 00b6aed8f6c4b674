/* Draws the model with bpmn-js and puts the journal's numbers on it. */
(function () {
  var data = JSON.parse(document.getElementById('prima-data').textContent);
  if (typeof BpmnJS !== 'function') {
    throw new Error('the bpmn-js viewer (BpmnJS) is missing from the report');
  }
  var viewer = new BpmnJS({ container: '#canvas' });
  var texts = data.texts || {};

  // a text of the page's bundle with its {0}, {1}, ... filled in
  function text(key, values) {
    return String(texts[key] || key).replace(/\{(\d+)\}/g, function (place, index) {
      return String(values[Number(index)]);
    });
  }

  function overlayBox(id, className, text, title) {
    var box = document.createElement('div');
    box.className = className;
    box.setAttribute('data-prima-element', id);
    box.textContent = text;
    if (title) {
      box.title = title;
    }
    return box;
  }

  // Events and gateways carry their name as a label outside the shape, and flows have labels
  // near them: a count badge tries these places in turn and takes the first where it covers no
  // text and no other badge.
  var STATS_PLACES = [
    { bottom: 0, left: -6 },
    { top: -20, left: -6 },
    { top: -20, right: 40 },
    { bottom: -2, right: 40 },
    { top: -20, left: 30 },
    { top: 0, left: -64 },
    { bottom: 0, left: -64 },
    { top: -38, left: -6 }
  ];

  function rectsOverlap(a, b) {
    return a.width > 0 && b.width > 0 && a.left < b.right - 0.5 && b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  }

  function coversSomething(box, placed) {
    var mine = box.getBoundingClientRect();
    var texts = document.querySelectorAll('#canvas .djs-element text');
    for (var i = 0; i < texts.length; i++) {
      if (texts[i].textContent.trim() && rectsOverlap(mine, texts[i].getBoundingClientRect())) {
        return true;
      }
    }
    return placed.some(function (other) {
      return other !== box && rectsOverlap(mine, other.getBoundingClientRect());
    });
  }

  function place(overlays, id, type, box, places, placed) {
    var overlayId = null;
    for (var i = 0; i < places.length; i++) {
      if (overlayId !== null) {
        overlays.remove(overlayId);
      }
      overlayId = overlays.add(id, type, { position: places[i], html: box });
      if (!coversSomething(box, placed)) {
        break;
      }
    }
    placed.push(box);
  }

  viewer
    .importXML(data.bpmn)
    .then(function (result) {
      (result.warnings || []).forEach(function (warning) {
        window.primaRecordError('bpmn-js import warning: ' + (warning.message || warning));
      });
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport', 'auto');
      var placed = [];
      Object.keys(data.elements).forEach(function (id) {
        var stats = data.elements[id];
        if (!registry.get(id)) {
          return; // an element of an older version, not in the latest model
        }
        if (stats.count) {
          var box = overlayBox(
            id,
            'prima-stats',
            stats.count + '\u00d7' + (stats.median ? ' \u00b7 ' + stats.median : ''),
            text('stats', [stats.moment, stats.count, stats.median || '-', stats.p90 || '-'])
          );
          box.setAttribute('data-count', String(stats.count));
          box.setAttribute('data-median', stats.median || '');
          place(overlays, id, 'prima-stats', box, STATS_PLACES, placed);
        }
        if (stats.heat) {
          canvas.addMarker(id, 'prima-heat-' + stats.heat);
        }
        if (stats.breaches) {
          var badge = overlayBox(id, 'prima-breach', String(stats.breaches),
            text('breaches', [stats.breaches]));
          badge.setAttribute('data-breaches', String(stats.breaches));
          place(overlays, id, 'prima-breach', badge,
            [{ top: -10, right: 12 }, { top: -10, left: -10 }, { bottom: -10, right: 12 }], placed);
        }
      });
      (data.mostCommonPath || []).forEach(function (id) {
        if (registry.get(id)) {
          canvas.addMarker(id, 'prima-on-path');
        }
      });
      document.body.dataset.render = 'done';
    })
    .catch(function (error) {
      document.body.dataset.render = 'failed';
      window.primaRecordError('bpmn-js could not draw the model: ' + (error && error.message ? error.message : error));
    });
})();
