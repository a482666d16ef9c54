/* jamfor.js: renders the Vega-Lite charts of a jamfor page.
 *
 * Every chart's data is also in an HTML table on the page, so this script is
 * an enhancement only: if anything is missing or fails, the page must stay
 * readable. No modules, no eval and no inline handlers, so pages work from
 * file:// and under a strict Content-Security-Policy.
 */
(function () {
  'use strict';

  // d3 locales for the page's language (<html lang>), passed to vega-embed so axis labels
  // and tooltips write numbers as the page's text does (1 234,5 and 12 % in Swedish,
  // 1,234.5 and 12% in English). Swedish month and day names are in lower case as in running
  // text; d3's own sv-SE locale capitalises them.
  var LOCALES = {
    sv: {
      number: {
        decimal: ',',
        thousands: '\u00a0',
        grouping: [3],
        currency: ['', '\u00a0kr'],
        percent: '\u00a0%',
        minus: '\u2212'
      },
      time: {
        dateTime: '%A den %-d %B %Y %X',
        date: '%Y-%m-%d',
        time: '%H:%M:%S',
        periods: ['fm', 'em'],
        days: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
        shortDays: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
        months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli',
          'augusti', 'september', 'oktober', 'november', 'december'],
        shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug',
          'sep', 'okt', 'nov', 'dec']
      },
      failure: 'Diagrammet kunde inte visas; se tabellen nedan.'
    },
    en: {
      number: {
        decimal: '.',
        thousands: ',',
        grouping: [3],
        currency: ['SEK\u00a0', ''],
        percent: '%',
        minus: '\u2212'
      },
      time: {
        dateTime: '%A %-d %B %Y %X',
        date: '%Y-%m-%d',
        time: '%H:%M:%S',
        periods: ['AM', 'PM'],
        days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
        shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
        months: ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December'],
        shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
          'Sep', 'Oct', 'Nov', 'Dec']
      },
      failure: 'The chart could not be shown; see the table below.'
    }
  };
  var LOCALE = LOCALES[document.documentElement.lang] || LOCALES.sv;

  function showFailure(el, err) {
    // No role="img": it would hide the message from screen readers (its children are
    // presentational), and the label describes a chart that is not there.
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-roledescription');
    el.className += ' vl-chart-failed';
    el.textContent = LOCALE.failure;
    // console.error, not warn: a chart that fails is a bug, and the browser
    // test fails on console errors.
    console.error('jamfor: diagrammet ' + el.getAttribute('data-spec') +
      ' kunde inte visas:', err);
  }

  // Charts name the data the whole site shares as a data source: maps their geometry
  // ("boundaries-municipalities"), ranked charts the municipalities' names and links
  // ("areas-municipalities", joined by a lookup). The site ships each once, as a script that
  // fills window.jamforBoundaries or window.jamforAreas, since a page opened from file:// may
  // not fetch a file.
  function siteData(name) {
    var registry = name.indexOf('boundaries-') === 0 ? window.jamforBoundaries
      : name.indexOf('areas-') === 0 ? window.jamforAreas : null;
    if (!registry) return null;
    var values = registry[name];
    if (!values) throw new Error('the chart needs ' + name + '.js, which did not load');
    return { values: values };
  }

  function resolveSiteData(spec) {
    var stack = [spec];
    while (stack.length) {
      var node = stack.pop();
      if (!node || typeof node !== 'object') continue;
      var data = node.data;
      if (data && typeof data.name === 'string') node.data = siteData(data.name) || data;
      if (Array.isArray(node.transform)) {
        for (var i = 0; i < node.transform.length; i++) {
          var from = node.transform[i].from;
          if (from && from.data && typeof from.data.name === 'string') from.data = siteData(from.data.name) || from.data;
        }
      }
      if (Array.isArray(node.layer)) stack.push.apply(stack, node.layer);
    }
    return spec;
  }

  function renderChart(el) {
    var spec;
    try {
      var source = document.getElementById(el.getAttribute('data-spec'));
      if (!source) {
        throw new Error('no element with id "' + el.getAttribute('data-spec') + '"');
      }
      spec = resolveSiteData(JSON.parse(source.textContent));
    } catch (err) {
      showFailure(el, err);
      return;
    }
    var options = {
      actions: false, // no export menu; the table below already has the data
      renderer: 'svg', // crisp when zoomed or printed, and testable in the DOM
      formatLocale: LOCALE.number,
      timeFormatLocale: LOCALE.time,
      // Under a Content-Security-Policy without 'unsafe-eval' and 'unsafe-inline': Vega
      // evaluates expressions with vega-interpreter instead of compiling them with
      // new Function, and neither vega-embed nor vega-tooltip injects a <style> element;
      // their few rules are in style.css.
      ast: true,
      expr: window.vegaInterpreter.expressionInterpreter,
      defaultStyle: false,
      tooltip: { disableDefaultStyle: true }
    };
    // Vega sets the container's role (graphics-document) and aria-label (the
    // spec's description, else "Vega visualization"). What we want read out is
    // one image, summarised by the page's own label (data-label), with the table
    // as the detailed alternative. Until it is drawn, the container holds the
    // text that says so, for readers without JavaScript.
    var label = el.getAttribute('data-label');
    while (el.firstChild) el.removeChild(el.firstChild);
    // vegaEmbed can throw synchronously or reject; treat both the same.
    Promise.resolve()
      .then(function () { return window.vegaEmbed(el, spec, options); })
      .then(function () {
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', label || '');
        el.removeAttribute('aria-roledescription');
        el.setAttribute('data-rendered', 'true');
      }, function (err) { showFailure(el, err); });
  }

  function renderAll() {
    // If the Vega scripts did not load (blocked, or JavaScript partly off),
    // leave the placeholders alone: the tables carry the content.
    if (typeof window.vegaEmbed !== 'function' || !window.vegaInterpreter) {
      return;
    }
    var charts = document.querySelectorAll('.vl-chart[data-spec]');
    for (var i = 0; i < charts.length; i++) {
      renderChart(charts[i]);
    }
  }

  // Normally loaded at the end of <body>, before DOMContentLoaded; but also
  // work if a page ever loads it with defer/async or after the event.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', renderAll);
  } else {
    renderAll();
  }
})();
