/* Draws the model with bpmn-js and puts the journal's numbers on it. */
(function () {
  var data = JSON.parse(document.getElementById('prima-data').textContent);
  if (typeof BpmnJS !== 'function') {
    throw new Error('the bpmn-js viewer (BpmnJS) is missing from the report');
  }
  var viewer = new BpmnJS({ container: '#canvas' });

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

  // Events and gateways carry their name as a label outside the shape, usually below it: the
  // count badge goes to the other side so that it never covers the label.
  function statsPosition(element) {
    var label = element.label;
    if (label && !label.hidden && label.businessObject && label.businessObject.name) {
      var labelBelow = label.y >= element.y + element.height / 2;
      return labelBelow ? { top: -20, left: -6 } : { bottom: -2, left: -6 };
    }
    return { bottom: 0, left: -6 };
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
            stats.moment + ': ' + stats.count + ' time(s), median ' + (stats.median || '-') +
              ', p90 ' + (stats.p90 || '-')
          );
          box.setAttribute('data-count', String(stats.count));
          box.setAttribute('data-median', stats.median || '');
          overlays.add(id, 'prima-stats', { position: statsPosition(registry.get(id)), html: box });
        }
        if (stats.heat) {
          canvas.addMarker(id, 'prima-heat-' + stats.heat);
        }
        if (stats.breaches) {
          var badge = overlayBox(id, 'prima-breach', String(stats.breaches),
            stats.breaches + ' breach(es) of the target');
          badge.setAttribute('data-breaches', String(stats.breaches));
          overlays.add(id, 'prima-breach', { position: { top: -10, right: 12 }, html: badge });
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
