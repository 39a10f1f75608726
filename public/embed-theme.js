// An /embed page's theme before paint (a blocking classic script, allowed by CSP script-src 'self'):
// `?theme=dark` is already on <html> from the server; without `?theme`, the reader's system theme.
// Never the app's stored choice: an embed reads nothing from the browser's storage.
(function () {
  try {
    var theme = new URLSearchParams(location.search).get('theme');
    if (theme === 'light' || theme === 'dark') return;
    var dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* no matchMedia: light */
  }
})();
