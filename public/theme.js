// Runs before first paint (a blocking classic script, allowed by CSP script-src 'self'): the theme,
// so a stored dark/light choice never flashes. Mirrors src/app/theme.ts: key "theme", values
// "light" | "dark". The only script that runs before the app: the page itself is React's HTML from the
// server (src/entry-server.tsx), which the app hydrates.
(function () {
  try {
    var stored = localStorage.getItem('theme');
    var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* storage blocked: follow the system */
  }
})();
