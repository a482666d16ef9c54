/* search.js: the site's search, offline. assets/search-index.js (written by jamfor build)
 * lists every goal, indicator, KPI, municipality and county as [kind, title, href, words];
 * this script filters it as the reader types, or for ?q= when the form was sent.
 * Texts come from the form's data-* attributes, so the page's language decides them.
 */
(function () {
  'use strict';

  var LIMIT = 50;

  // "Linköping", "linkoping" and "LINKÖPING" all match: case and diacritics are ignored.
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function message(form, key, n) {
    return (form.getAttribute('data-' + key) || '').replace('{n}', String(n));
  }

  function setup() {
    var form = document.getElementById('search');
    var input = document.getElementById('q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var index = window.jamforSearchIndex;
    if (!form || !input || !status || !list || !Array.isArray(index)) return;
    var folded = index.map(function (e) {
      return { title: fold(e[1]), all: fold(e[1] + ' ' + e[3] + ' ' + e[0]) };
    });

    // Best first: the title starts with the query, then a word of the title does, then the
    // query is anywhere; the index's own order (goals, indicators, KPIs, areas) breaks ties.
    function score(i, words, whole) {
      var f = folded[i];
      for (var w = 0; w < words.length; w++) if (f.all.indexOf(words[w]) < 0) return -1;
      if (f.title.indexOf(whole) === 0) return 3;
      if ((' ' + f.title).indexOf(' ' + words[0]) >= 0) return 2;
      return 1;
    }

    function run() {
      var whole = fold(input.value.trim());
      var words = whole.split(/\s+/).filter(Boolean);
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!words.length) {
        status.textContent = '';
        return;
      }
      var hits = [];
      for (var i = 0; i < index.length; i++) {
        var s = score(i, words, whole);
        if (s > 0) hits.push({ i: i, s: s });
      }
      hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
      for (var h = 0; h < hits.length && h < LIMIT; h++) {
        var e = index[hits[h].i];
        var li = document.createElement('li');
        var kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = e[0];
        var a = document.createElement('a');
        a.href = e[2];
        a.textContent = e[1];
        li.appendChild(kind);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(a);
        list.appendChild(li);
      }
      var text = hits.length === 0 ? message(form, 'none', 0)
        : hits.length === 1 ? message(form, 'one', 1) : message(form, 'many', hits.length);
      if (hits.length > LIMIT) text += ' ' + message(form, 'more', LIMIT);
      status.textContent = text;
    }

    var q = new URLSearchParams(window.location.search).get('q');
    if (q) input.value = q;
    input.addEventListener('input', run);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      run();
    });
    run();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setup);
  } else {
    setup();
  }
})();
