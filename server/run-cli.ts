/**
 * Runs a command's `main` and exits with the status it returns. An error stops it with its message
 * (no stack: the messages are written for the person at the terminal) and status 1.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
