import { ConfigError } from './config.ts';

/** An expected startup failure (unreachable database, bad broker list…): one line, exit 1. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Runs a process entry point. Known failures print as one line on stderr; anything else is a bug
 * and keeps its stack.
 */
export async function runMain(main: () => Promise<unknown>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`comptoir: ${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
