// Search: progressive enhancement of the plain search form every page has.
// Without JavaScript the form opens /tim-kiem/?q=...; with it, Pagefind's UI shows results as
// the reader types. Pagefind's files load when the search page opens, and on other pages only
// once a reader starts to search.
//
// The index holds "đ" as "d" + U+0335 (see src/index/fold-d.ts), which Pagefind folds to "d":
// queries get the same mapping, and excerpts and titles are mapped back to "đ" before display.
//
// Pagefind's UI reaches the engine through tim-kiem/pagefind.js, which holds the filter data back
// until the reader opens the filters (or follows a link that carries one).
(function () {
  var me = document.currentScript;
  var base = me.getAttribute('data-pagefind-path');
  var engineBase = new URL('tim-kiem/', me.src).href;
  var loading = null;

  function engine() { return import(engineBase + 'pagefind.js'); }

  // Starts Pagefind (engine, WebAssembly, index metadata) before the reader has finished typing;
  // the UI imports the same module and finds it ready.
  function warm() {
    engine().then(function (pagefind) { return pagefind.init(); }).catch(function () { /* the UI reports a missing index */ });
  }

  function load() {
    if (loading) return loading;
    warm();
    loading = new Promise(function (resolve, reject) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = base + 'pagefind-ui.css';
      document.head.appendChild(css);
      var s = document.createElement('script');
      s.src = base + 'pagefind-ui.js';
      s.onload = function () { resolve(window.PagefindUI); };
      s.onerror = reject;
      document.head.appendChild(s);
    });
    return loading;
  }

  function toIndexForm(term) {
    return term.normalize('NFC').replace(/đ/g, 'd\u0335').replace(/Đ/g, 'D\u0335');
  }
  function toReaderForm(text) {
    return typeof text === 'string' ? text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ') : text;
  }
  // A quote's result leads to its article: its document sits under the article's address plus its
  // number, and its first words (QUOTE_WORDS_META in src/index/markup.ts) become a text fragment
  // that browsers scroll to and mark. A dash is a text fragment's syntax: it is escaped too.
  var QUOTE_WORDS = 'trich';
  function quoteTarget(result) {
    var words = result.meta && result.meta[QUOTE_WORDS];
    if (typeof words !== 'string') return;
    delete result.meta[QUOTE_WORDS];
    var article = result.url.replace(/[^/]+\/$/, '');
    result.url = words ? article + '#:~:text=' + encodeURIComponent(toReaderForm(words)).replace(/-/g, '%2D') : article;
  }
  function processResult(result) {
    quoteTarget(result);
    result.excerpt = toReaderForm(result.excerpt);
    if (result.meta) Object.keys(result.meta).forEach(function (k) { result.meta[k] = toReaderForm(result.meta[k]); });
    (result.sub_results || []).forEach(function (s) { s.title = toReaderForm(s.title); s.excerpt = toReaderForm(s.excerpt); });
    return result;
  }

  var translations = {
    placeholder: 'Tìm bài, nhân vật, sự kiện…',
    clear_search: 'Xóa',
    load_more: 'Xem thêm kết quả',
    search_label: 'Tìm trong kho lưu trữ',
    filters_label: 'Bộ lọc',
    zero_results: 'Không tìm thấy kết quả cho [SEARCH_TERM]',
    many_results: '[COUNT] kết quả cho [SEARCH_TERM]',
    one_result: '[COUNT] kết quả cho [SEARCH_TERM]',
    alt_search: 'Không có kết quả cho [SEARCH_TERM]. Đang hiện kết quả cho [DIFFERENT_TERM]',
    search_suggestion: 'Không có kết quả cho [SEARCH_TERM]. Hãy thử:',
    searching: 'Đang tìm [SEARCH_TERM]…'
  };

  // The collections a search page offers (its "loai" choices): the articles (''), the quotes.
  var KIND = 'loai';
  var PLACEHOLDERS = { 'phat-ngon': 'Tìm lời phát biểu, người phát biểu…' };

  function make(PagefindUI, element, sort, kind) {
    var options = {
      element: element,
      bundlePath: engineBase,
      showSubResults: false,
      showImages: false,
      resetStyles: false,
      autofocus: false,
      debounceTimeoutMs: 150,
      translations: kind && PLACEHOLDERS[kind] ? Object.assign({}, translations, { placeholder: PLACEHOLDERS[kind] }) : translations,
      processTerm: toIndexForm,
      processResult: processResult
    };
    if (sort) options.sort = { ngay: 'desc' };
    var ui = new PagefindUI(options);
    // Pagefind's input carries only a title; give it a proper accessible name.
    var host = typeof element === 'string' ? document.querySelector(element) : element;
    (function label() {
      var input = host && host.querySelector('input');
      if (input) input.setAttribute('aria-label', translations.search_label);
      else requestAnimationFrame(label);
    })();
    return ui;
  }

  function params() {
    var out = { q: '', sort: '', page: 1, all: false, filters: {}, from: '', to: '', kind: '' };
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (key === 'q') out.q = value;
      else if (key === 'sort') out.sort = value;
      else if (key === 'tu') out.from = value;
      else if (key === 'den') out.to = value;
      else if (key === KIND) out.kind = kinds().indexOf(value) >= 0 ? value : '';
      else if (key === ALL) out.all = value === '1';
      else if (key === 'trang') out.page = Math.max(1, Math.min(50, Number(value) || 1));
      else (out.filters[key] = out.filters[key] || []).push(value);
    });
    return out;
  }

  /** The collections the page offers to search, by their "loai" (none but the articles elsewhere). */
  function kinds() {
    return Array.prototype.map.call(document.querySelectorAll('input[name="' + KIND + '"]'), function (r) { return r.value; });
  }
  /** The collection the address asks for, when the page offers it; '' for the articles. */
  function addressKind() {
    var kind = new URLSearchParams(window.location.search).get(KIND) || '';
    return kinds().indexOf(kind) >= 0 ? kind : '';
  }

  /** The address with these filters in place of any before (every key but the query, sort, period, collection and page is one). */
  function withFilters(url, filters) {
    Array.from(url.searchParams.keys()).forEach(function (k) { if (!/^(q|sort|trang|tu|den)$/.test(k) && k !== ALL && k !== KIND) url.searchParams.delete(k); });
    Object.keys(filters).forEach(function (k) { filters[k].forEach(function (v) { url.searchParams.append(k, v); }); });
    return url;
  }

  /** Shows `pages` pages of results, as a reader who pressed "more" that often (the page is in the address). */
  function showPages(host, pages, done) {
    var tries = 0;
    (function more(left) {
      if (left <= 0 || tries++ > 100) return done();
      var button = host.querySelector('.pagefind-ui__button');
      if (!button) return setTimeout(function () { more(left); }, 50);
      button.click();
      setTimeout(function () { more(left - 1); }, 50);
    })(pages - 1);
  }

  // "Did you mean": when a word of the query is nowhere in the archive (tim-kiem/pagefind.js tells
  // which), the closest words of the names the archive knows, offered as a new query.
  var names = null;
  function typed() {
    var input = document.querySelector('#search input[type="text"], #search input[type="search"]') || document.getElementById('q-header');
    return input ? input.value : '';
  }
  function suggestion(detail) {
    var anchor = document.getElementById('search') || document.querySelector('.search-drawer');
    var old = document.getElementById('goi-y');
    if (old) old.remove();
    if (!anchor || !detail.missing.length || detail.query !== toIndexForm(typed())) return;
    names = names || fetch(me.getAttribute('data-names')).then(function (r) { return r.ok ? r.json() : []; }).catch(function () { return []; });
    Promise.all([names, import(engineBase + 'query.js')]).then(function (got) {
      var better = got[1].suggest(toReaderForm(detail.query), detail.missing.map(toReaderForm), got[0]);
      if (!better || detail.query !== toIndexForm(typed()) || document.getElementById('goi-y')) return;
      var p = document.createElement('p');
      p.id = 'goi-y';
      p.className = 'did-you-mean';
      p.setAttribute('role', 'status');
      var a = document.createElement('a');
      a.href = searchPageLink(better, false);
      a.textContent = better;
      p.append('Có phải bạn muốn tìm ', a, '?');
      anchor.insertAdjacentElement('afterend', p);
    });
  }
  document.addEventListener('luu-tru:searched', function (e) { suggestion(e.detail); offerOlder(e.detail); });

  // On a large archive a search reads the newest articles first (tim-kiem/shards.js): the older
  // years it left unread are offered below the box, as a button on the search page (the choice
  // goes in the address) and as a link to it elsewhere.
  var ALL = 'toan-bo';
  var widen = null;
  function olderLabel(older) {
    // Shard names join the days they span ("2019-11-02-2021-03-30"): their years are what readers know.
    var years = (older.filter(function (n) { return /^\d/.test(n); }).join(' ').match(/\d{4}/g) || []).sort();
    var undated = older.some(function (n) { return !/^\d/.test(n); });
    var what = addressKind() ? 'các phát ngôn' : 'các bài';
    var span = years.length ? what + ' năm ' + years[0] + (years[years.length - 1] !== years[0] ? '–' + years[years.length - 1] : '') : '';
    return 'Tìm cả ' + [span, undated ? what + ' không rõ ngày' : ''].filter(Boolean).join(' và ');
  }
  /** The search page's address for a query, over the whole archive when `all`. */
  function searchPageLink(query, all) {
    var url = new URL(document.querySelector('form[role="search"]').action, window.location.href);
    url.searchParams.set('q', query);
    if (all) url.searchParams.set(ALL, '1');
    if (addressKind()) url.searchParams.set(KIND, addressKind());
    return url.pathname + url.search;
  }
  function offerOlder(detail) {
    var anchor = document.getElementById('search') || document.querySelector('.search-drawer');
    var old = document.getElementById('pham-vi');
    if (old) old.remove();
    if (!anchor || !detail.older || !detail.older.length || detail.query !== toIndexForm(typed())) return;
    var p = document.createElement('p');
    p.id = 'pham-vi';
    p.className = 'search-scope';
    p.append(addressKind() ? 'Kết quả trong các phát ngôn mới nhất. ' : 'Kết quả trong các bài mới nhất. ');
    var control;
    if (widen) {
      control = document.createElement('button');
      control.type = 'button';
      control.addEventListener('click', widen);
    } else {
      control = document.createElement('a');
      control.href = searchPageLink(typed(), true);
    }
    control.textContent = olderLabel(detail.older);
    p.appendChild(control);
    anchor.insertAdjacentElement('afterend', p);
  }

  function onReady(f) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', f);
    else f();
  }

  var PAGE = 20;

  /** The articles a filter-only link names, newest first when asked, until the reader types a query. */
  /** "2024-03" as readers write it, "3/2024"; an open end of a period as "…". */
  function monthText(month) {
    var m = /^(\d{4})-(\d{2})$/.exec(month || '');
    return m ? Number(m[2]) + '/' + m[1] : month || '…';
  }

  function listFiltered(pagefind, filters, byDate, period, kind) {
    var old = document.getElementById('filtered');
    if (old) old.remove();
    var box = document.createElement('section');
    box.id = 'filtered';
    box.setAttribute('aria-live', 'polite');
    var host = document.getElementById('search');
    host.insertAdjacentElement('afterend', box);
    host.addEventListener('input', function () { box.remove(); }, { once: true });
    var options = { filters: filters };
    if (byDate) options.sort = { ngay: 'desc' };
    pagefind.search(null, options).then(function (found) {
      var named = Object.keys(filters).map(function (k) { return k + ': ' + filters[k].join(', '); })
        .concat(period.from || period.to ? ['từ tháng ' + monthText(period.from) + ' đến tháng ' + monthText(period.to)] : []).join('; ');
      var message = document.createElement('p');
      message.className = 'pagefind-ui__message';
      message.textContent = found.results.length + (kind ? ' phát ngôn — ' : ' bài — ') + named;
      var list = document.createElement('ol');
      list.className = 'filtered-results';
      box.append(message, list);
      var shown = 0;
      function more() {
        var next = found.results.slice(shown, shown + PAGE);
        shown += next.length;
        button.hidden = shown >= found.results.length;
        return Promise.all(next.map(function (r) { return r.data(); })).then(function (items) {
          items.map(processResult).forEach(function (d) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.href = d.url;
            a.textContent = (d.meta && d.meta.title) || d.url;
            var excerpt = document.createElement('p');
            // Pagefind's excerpt is HTML (escaped text, <mark>): read as text in an inert template.
            var inert = document.createElement('template');
            inert.innerHTML = d.excerpt || '';
            excerpt.textContent = inert.content.textContent;
            li.append(a, excerpt);
            list.appendChild(li);
          });
        });
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = translations.load_more;
      button.addEventListener('click', more);
      box.appendChild(button);
      return more();
    });
  }

  function searchPage(PagefindUI) {
    var p = params();
    // The search page's own box is the one box: the header's, needed without JavaScript, steps aside.
    var headerBox = document.querySelector('.site-search');
    if (headerBox) headerBox.hidden = true;
    var select = document.getElementById('sort');
    var toggle = document.getElementById('bo-loc');
    var host = document.getElementById('search');
    var ui = null;
    var restoring = false;
    var filtering = Object.keys(p.filters).length > 0;
    function current() {
      var input = host.querySelector('input[type="text"], input[type="search"]');
      return input ? input.value : p.q;
    }
    function start(query) {
      // A new engine each time: filter data loaded earlier would keep slowing every search.
      if (ui) { ui.destroy(); host.innerHTML = ''; }
      if (toggle) {
        toggle.hidden = false;
        toggle.setAttribute('aria-expanded', String(filtering));
        // Quotes have no agency filter: their article's outlet, their speaker, their month.
        toggle.textContent = filtering ? 'Ẩn bộ lọc' : p.kind ? 'Lọc theo nguồn, nhân vật, tháng' : 'Lọc theo nguồn, hãng tin, nhân vật, tháng';
      }
      var kind = p.kind;
      engine().then(function (pagefind) { return pagefind.collection(kind).then(function () { return pagefind; }); }).catch(function () { return null; }).then(function (pagefind) {
        if (pagefind) { pagefind.wantFilters(filtering); pagefind.wholeArchive(p.all); pagefind.period(p.from, p.to); }
        ui = make(PagefindUI, host, select && select.value === 'ngay', kind);
        if (filtering && Object.keys(p.filters).length) ui.triggerFilters(p.filters);
        if (query) { restoring = true; ui.triggerSearch(query); showPages(host, p.page, function () { restoring = false; }); }
        // Pagefind's UI lists nothing without a query: a link that only filters lists its articles here.
        else if (pagefind && (Object.keys(p.filters).length || p.from || p.to)) listFiltered(pagefind, p.filters, select && select.value === 'ngay', p, kind);
      });
    }
    // The reader asks for the older years too: the same query over the whole archive, kept in the address.
    widen = function () {
      p.all = true;
      var url = new URL(window.location.href);
      url.searchParams.set(ALL, '1');
      history.replaceState(history.state, '', url);
      start(current());
    };
    if (toggle) {
      toggle.addEventListener('click', function () {
        filtering = !filtering;
        if (!filtering && Object.keys(p.filters).length) {
          // Closed filters no longer apply, nor does a shared link of this page.
          p.filters = {};
          var url = withFilters(new URL(window.location.href), {});
          url.searchParams.delete('trang');
          history.replaceState(null, '', url);
        }
        start(current());
      });
    }
    // The period is in the address too, and a change of it is a step the back button undoes.
    var periodBoxes = { from: document.getElementById('tu-thang'), to: document.getElementById('den-thang') };
    function showPeriod() {
      Object.keys(periodBoxes).forEach(function (end) { if (periodBoxes[end]) periodBoxes[end].value = p[end]; });
    }
    Object.keys(periodBoxes).forEach(function (end) {
      var box = periodBoxes[end];
      if (!box) return;
      box.addEventListener('change', function () {
        p[end] = box.value.trim();
        var url = new URL(window.location.href);
        var key = end === 'from' ? 'tu' : 'den';
        if (p[end]) url.searchParams.set(key, p[end]); else url.searchParams.delete(key);
        url.searchParams.delete('trang');
        if (current()) url.searchParams.set('q', current());
        history.pushState(null, '', url);
        start(current());
      });
    });
    showPeriod();
    // Articles or quotes: a choice the back button undoes, as a period is.
    var kindBoxes = document.querySelectorAll('input[name="' + KIND + '"]');
    function showKind() {
      Array.prototype.forEach.call(kindBoxes, function (r) { r.checked = r.value === p.kind; });
    }
    Array.prototype.forEach.call(kindBoxes, function (r) {
      r.addEventListener('change', function () {
        if (!r.checked) return;
        p.kind = r.value;
        var url = new URL(window.location.href);
        if (p.kind) url.searchParams.set(KIND, p.kind); else url.searchParams.delete(KIND);
        url.searchParams.delete('trang');
        if (current()) url.searchParams.set('q', current());
        history.pushState(null, '', url);
        start(current());
      });
    });
    showKind();
    if (select) {
      select.value = p.sort === 'ngay' ? 'ngay' : '';
      select.addEventListener('change', function () {
        var url = new URL(window.location.href);
        if (select.value) url.searchParams.set('sort', select.value); else url.searchParams.delete('sort');
        url.searchParams.set('q', current());
        history.replaceState(null, '', url);
        start(current());
      });
    }
    // The query belongs in the address: a reload keeps it, a link shares it, and the back button
    // walks through the queries the reader settled on (each kept a moment; typing only replaces).
    var settled = p.q;
    var pause = null;
    host.addEventListener('input', function (e) {
      if (e.target.type === 'checkbox') return;
      var url = new URL(window.location.href);
      url.searchParams.delete('trang');
      if (current()) url.searchParams.set('q', current()); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      clearTimeout(pause);
      pause = setTimeout(function () {
        if (current() === settled) return;
        history.replaceState({ q: settled }, '', urlWith(settled));
        history.pushState({ q: current() }, '', url);
        settled = current();
      }, 1000);
    });
    function urlWith(q) {
      var url = new URL(window.location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      return url;
    }
    // Ticked filters and pages shown belong in the address too: a tick is a step back can undo.
    host.addEventListener('change', function (e) {
      if (!e.target.matches('input.pagefind-ui__filter-checkbox')) return;
      p.filters = {};
      host.querySelectorAll('input.pagefind-ui__filter-checkbox:checked').forEach(function (box) {
        (p.filters[box.name] = p.filters[box.name] || []).push(box.value);
      });
      var url = withFilters(new URL(window.location.href), p.filters);
      url.searchParams.delete('trang');
      history.pushState(null, '', url);
    });
    host.addEventListener('click', function (e) {
      if (restoring || !e.target.closest('.pagefind-ui__button')) return;
      var url = new URL(window.location.href);
      url.searchParams.set('trang', String((Number(url.searchParams.get('trang')) || 1) + 1));
      history.replaceState(history.state, '', url);
    });
    window.addEventListener('popstate', function () {
      var before = { filtering: filtering, sort: select ? select.value : '', all: p.all, period: p.from + '|' + p.to, kind: p.kind };
      p = params();
      showPeriod();
      showKind();
      filtering = filtering || Object.keys(p.filters).length > 0;
      settled = p.q;
      if (select) select.value = p.sort === 'ngay' ? 'ngay' : '';
      // The same panel and order: the running UI takes the state back (a new one would cut off its search).
      if (ui && p.q && before.filtering === filtering && before.sort === (select ? select.value : '') && before.all === p.all && before.period === p.from + '|' + p.to && before.kind === p.kind) {
        ui.triggerFilters(p.filters);
        ui.triggerSearch(p.q);
        return;
      }
      start(p.q);
    });
    start(p.q);
  }

  onReady(function () {
    if (me.hasAttribute('data-search-page')) { load().then(searchPage); return; }
    var input = document.getElementById('q-header');
    var drawer = document.querySelector('.search-drawer');
    if (!input || !drawer) return;
    // The header's own box stays the one box: the reader types there, Enter opens the search page,
    // and the results of what they type show below it (Pagefind's own input is hidden by style.css).
    var ui = null;
    var link = null;
    function follow() {
      var url = new URL(input.form.action, window.location.href);
      if (input.value) url.searchParams.set('q', input.value);
      link.href = url.pathname + url.search;
    }
    function show() {
      if (ui) { ui.triggerSearch(input.value); follow(); drawer.hidden = !input.value; link.parentNode.hidden = !input.value; return; }
      if (loading) return;
      load().then(function (PagefindUI) {
        ui = make(PagefindUI, drawer, false);
        // The quick search has no filters; the search page has them, with the same query.
        var more = document.createElement('p');
        more.className = 'search-more';
        link = document.createElement('a');
        link.textContent = 'Lọc theo nguồn, hãng tin, nhân vật, tháng và sắp xếp →';
        more.appendChild(link);
        drawer.insertAdjacentElement('afterend', more);
        show();
      });
    }
    input.addEventListener('focus', function () { if (!loading) warm(); });
    input.addEventListener('input', show);
  });
})();
