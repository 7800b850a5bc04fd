// Search box: progressive enhancement of the plain search form in the header.
// Without JavaScript the form opens /tim-kiem/?q=...; with it, Pagefind's UI shows results as
// the reader types. Pagefind's files are loaded only when a reader starts to search.
(function () {
  var me = document.currentScript;
  var base = me.getAttribute('data-pagefind-path');
  var loading = null;

  function load() {
    if (loading) return loading;
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

  function make(PagefindUI, element) {
    return new PagefindUI({
      element: element,
      bundlePath: base,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: translations
    });
  }

  function params() {
    var out = { q: '', filters: {} };
    var sp = new URLSearchParams(window.location.search);
    sp.forEach(function (value, key) {
      if (key === 'q') out.q = value;
      else (out.filters[key] = out.filters[key] || []).push(value);
    });
    return out;
  }

  function onReady(f) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', f);
    else f();
  }

  onReady(function () {
    if (me.hasAttribute('data-search-page')) {
      load().then(function (PagefindUI) {
        var ui = make(PagefindUI, '#search');
        var p = params();
        if (Object.keys(p.filters).length) ui.triggerFilters(p.filters);
        if (p.q) ui.triggerSearch(p.q);
      });
      return;
    }
    var input = document.getElementById('q-header');
    var drawer = document.querySelector('.search-drawer');
    if (!input || !drawer) return;
    var started = false;
    function start() {
      if (started) return;
      started = true;
      load().then(function (PagefindUI) {
        drawer.hidden = false;
        var ui = make(PagefindUI, drawer);
        input.closest('form').hidden = true;
        var inner = drawer.querySelector('input');
        if (inner) { inner.focus(); }
        if (input.value) ui.triggerSearch(input.value);
      });
    }
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
  });
})();
