/* Records every JavaScript error in body[data-js-errors] and the list #js-errors. */
(function () {
  var errors = [];
  function show() {
    if (document.body) {
      document.body.dataset.jsErrors = errors.join('\n');
    }
    var list = document.getElementById('js-errors');
    if (list) {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      errors.forEach(function (message) {
        var item = document.createElement('li');
        item.textContent = message;
        list.appendChild(item);
      });
    }
  }
  window.primaRecordError = function (message) {
    errors.push(String(message));
    show();
  };
  window.onerror = function (message, source, line, column, error) {
    window.primaRecordError(
      (error && error.stack ? error.stack : message) + ' (' + source + ':' + line + ':' + column + ')'
    );
    return false;
  };
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    window.primaRecordError('unhandled rejection: ' + (reason && reason.stack ? reason.stack : reason));
  });
  document.addEventListener('DOMContentLoaded', show);
})();
