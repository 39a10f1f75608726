import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from './compile-hints';

type GenerateBundle = { order: string; handler: (options: unknown, bundle: OutputBundle) => void };

describe('compileHints', () => {
  it('puts the compile hint on the first line of every chunk, after the rest of the build, and leaves assets alone', () => {
    const bundle = {
      'assets/index.js': { type: 'chunk', code: 'const __vite__mapDeps=0;' },
      'assets/hashtag-page.js': { type: 'chunk', code: 'export function HashtagPage(){}' },
      'assets/index.css': { type: 'asset', source: 'body{margin:0}' },
    };
    const plugin = compileHints();
    expect(plugin.apply).toBe('build');
    const hook = plugin.generateBundle as GenerateBundle;
    expect(hook.order).toBe('post');
    hook.handler({}, bundle as unknown as OutputBundle);
    expect(bundle['assets/index.js'].code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=0;`);
    expect(bundle['assets/hashtag-page.js'].code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(bundle['assets/index.css']).toEqual({ type: 'asset', source: 'body{margin:0}' });
  });
});
