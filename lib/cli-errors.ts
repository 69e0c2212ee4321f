/** Error reporting shared by the cdktf app and the CLI: user errors without stack traces. */
import { PolicyError } from './model/errors';

export function runOrReport(main: () => void | Promise<void>): void {
  const fail = (error: unknown) => {
    if (error instanceof PolicyError) {
      process.stderr.write(`ai-perimeter: policy error${error.problems.length > 1 ? 's' : ''}; nothing was written.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  };
  try {
    const result = main();
    if (result instanceof Promise) result.catch(fail);
  } catch (error) {
    fail(error);
  }
}
