// The stored theme before first paint (see src/app/theme.ts); the page itself is React's, from the server.
(function () {
  try {
    var stored = localStorage.getItem('theme');
    var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* storage blocked: follow the system */
  }
})();
