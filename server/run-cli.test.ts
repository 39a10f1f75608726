// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli';

afterEach(() => vi.restoreAllMocks());

/** Runs `main` through runCli and resolves with the status it exits with. */
function exitCodeOf(main: () => Promise<number>): Promise<number | string | null | undefined> {
  return new Promise((resolve) => {
    vi.spyOn(process, 'exit').mockImplementation(((code?: number | string | null) => {
      resolve(code);
    }) as typeof process.exit);
    runCli(main);
  });
}

describe('runCli', () => {
  it('exits with the status main returns', async () => {
    expect(await exitCodeOf(async () => 0)).toBe(0);
    expect(await exitCodeOf(async () => 1)).toBe(1);
  });

  it('prints the message of an error, without its stack, and exits 1', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await exitCodeOf(() => Promise.reject(new Error('DATABASE_URL: connection refused')))).toBe(1);
    expect(printed.mock.calls).toEqual([['DATABASE_URL: connection refused']]);
  });
});
