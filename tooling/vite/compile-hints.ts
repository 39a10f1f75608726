import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Chrome's explicit compile hint (`//# allFunctionsCalledOnLoad`, first line of a script): V8 compiles
 * the whole file eagerly on a background thread while it streams in, instead of function by function
 * on the main thread the first time each one runs. Our chunks are code that runs as soon as it loads
 * (the entry boots React and the app; a lazy page renders as soon as its chunk is in). Added after
 * minification, which would drop the comment; other browsers ignore it.
 */
export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // last, after Vite's own additions to the entry (its preload map goes on the first line too)
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}
