// Runs before first paint (a blocking classic script, allowed by CSP script-src 'self'), three times:
// 1. the theme, so a stored dark/light choice never flashes. Mirrors src/app/theme.ts: key "theme",
//    values "light" | "dark";
// 2. on a hashtag page the server could not send with its data, the page's code and data start loading
//    before the app's entry has arrived;
// 3. where the page shell holds the page's main text, the app starts once it is on screen.
(function () {
  try {
    var stored = localStorage.getItem('theme');
    var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* storage blocked: follow the system */
  }
})();

// 2 and 3 share the build's script lists; one scope keeps their helpers off `window`.
(function () {
  // The built scripts a <meta name="..."> lists (space-separated); anything but /assets/*.js is ignored.
  function builtScripts(metaName) {
    var meta = document.querySelector('meta[name="' + metaName + '"]');
    var files = meta ? (meta.getAttribute('content') || '').split(' ') : [];
    return files.filter(function (file) {
      return /^\/assets\/[\w.-]+\.js$/.test(file);
    });
  }

  // Fetches and compiles a module now, with the same credentials mode as Vite's own tags (crossorigin).
  function modulePreload(file) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.appendChild(link);
  }

  // On a hashtag page, starts what the page needs while the app's entry is still downloading, instead
  // of after it has loaded and run: the page's chunks (named by the build in <meta name="detail-chunks">)
  // and its detail request (src/api/early-response.ts hands the response to the app). The request
  // mirrors the app's defaults (country US, period 7) and URL (src/contract/api-routes.ts); for a
  // parameter the app would not use as is, no early request is made and the app asks itself.
  // Our server usually sends the answer in the page (<script id="page-data">, and the chunks listed
  // with the entry): then there is nothing to start. This is for hosts that serve the build as files.
  (function () {
    try {
      var match = /^\/hashtag\/([^/]+)\/?$/i.exec(location.pathname);
      if (!match) return;
      builtScripts('detail-chunks').forEach(modulePreload);
      if (typeof fetch !== 'function' || document.getElementById('page-data' /* PAGE_DATA_ID */)) return;
      var name = decodeURIComponent(match[1]).replace(/^#/, '');
      var search = new URLSearchParams(location.search);
      var country = search.get('country') || 'US';
      var period = search.get('period') || '7';
      if (!name || !/^[A-Z]{2}$/.test(country) || !/^(7|30|120)$/.test(period)) return;
      var params = new URLSearchParams();
      params.set('hashtag_name', name);
      params.set('country_code', country);
      params.set('period', period);
      var url = '/api/tiktok/popular-trend/hashtag/detail?' + params.toString();
      var response = fetch(url, { headers: { accept: 'application/json' } });
      response.catch(function () {});
      window.__earlyResponses = { [url]: response };
    } catch (e) {
      /* no early request: the app makes its own */
    }
  })();

  // On the explorer, and on a hashtag page whose data came with it, the server takes the entry's tags out
  // of index.html and lists their files in <meta name="app-entry"> (server/pages/route-shell.ts,
  // deferAppEntry): the shell already holds the page's main text, which then paints with the stylesheet
  // alone. The app starts at the first contentful paint; at once when the page is hidden (nothing
  // paints) or cannot report paints; after at most START_WAIT_MS whatever happens. Without the meta
  // (other pages, dev) index.html loads the app.
  (function () {
    var START_WAIT_MS = 1000;
    var files = builtScripts('app-entry');
    if (files.length === 0) return;
    var started = false;
    function start() {
      if (started) return;
      started = true;
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous';
      script.src = files[0];
      document.head.appendChild(script);
      files.slice(1).forEach(modulePreload);
    }
    try {
      if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes.includes('paint'))
        return start();
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length) start();
      }).observe({ type: 'paint', buffered: true });
      setTimeout(start, START_WAIT_MS);
    } catch (e) {
      start();
    }
  })();
})();
