// Runs before first paint (a blocking classic script, allowed by CSP script-src 'self'), and does two
// things:
// 1. sets the theme, so a stored dark/light choice never flashes. Mirrors src/app/theme.ts: key
//    "theme", values "light" | "dark";
// 2. starts the app once the page shell (server/static/route-shell.ts) is on screen.
(function () {
  try {
    var stored = localStorage.getItem('theme');
    var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* storage blocked: follow the system */
  }
})();

// The build lists the app's entry and its imports in <meta name="app-entry"> instead of loading them
// from the HTML (vite.config.ts, appBoot): the shell paints with the stylesheet alone, then the app
// starts. The entry starts at the first contentful paint; at once when the page is hidden (nothing
// paints) or the shell is empty; and after at most START_WAIT_MS whatever happens. In dev there is no
// manifest: index.html loads the app itself.
//
// On a hashtag page the page's chunks (<meta name="detail-chunks">) and its detail request start at
// the same moment, in parallel with the entry, instead of after the entry has loaded and run. The app
// takes that response (src/api/early-response.ts) only if it asks for exactly the same URL. The
// request mirrors the app's defaults (country US, period 7) and URL (src/api/client.ts apiUrl); for a
// parameter the app would not use as is, no early request is made and the app asks itself.
(function () {
  var START_WAIT_MS = 1000;
  var manifest = document.querySelector('meta[name="app-entry"]');
  if (!manifest) return;
  var started = false;

  function assets(meta) {
    var files = meta ? (meta.getAttribute('content') || '').split(' ') : [];
    return files.filter(function (file) {
      return /^\/assets\/[\w.-]+\.js$/.test(file);
    });
  }

  function preload(file) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    document.head.appendChild(link);
  }

  function startDetailRequest() {
    var match = /^\/hashtag\/([^/]+)\/?$/i.exec(location.pathname);
    if (!match || typeof fetch !== 'function') return;
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
  }

  function start() {
    if (started) return;
    started = true;
    var entry = assets(manifest);
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry[0];
    document.head.appendChild(script);
    entry.slice(1).forEach(preload);
    try {
      if (/^\/hashtag\/[^/]+\/?$/i.test(location.pathname)) {
        assets(document.querySelector('meta[name="detail-chunks"]')).forEach(preload);
        startDetailRequest();
      }
    } catch (e) {
      /* no early request: the app makes its own */
    }
  }

  try {
    if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes.includes('paint')) return start();
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) start();
    }).observe({ type: 'paint', buffered: true });
    document.addEventListener('DOMContentLoaded', function () {
      var root = document.getElementById('root');
      if (!root || !root.textContent.trim()) start();
    });
    setTimeout(start, START_WAIT_MS);
  } catch (e) {
    start();
  }
})();
