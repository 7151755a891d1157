/**
 * Runs `fn` with an AbortSignal that fires on the first SIGINT/SIGTERM, so Terraform is
 * asked once to stop gracefully (saving state, releasing its lock). A second Ctrl-C
 * falls through to Node's default and ends aisite at once.
 */
export async function withInterrupt<T>(fn: (signal: AbortSignal) => Promise<T>, onInterrupt: () => void): Promise<T> {
  const controller = new AbortController();
  const handler = () => {
    process.removeListener('SIGINT', handler);
    process.removeListener('SIGTERM', handler);
    onInterrupt();
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  try {
    return await fn(controller.signal);
  } finally {
    process.removeListener('SIGINT', handler);
    process.removeListener('SIGTERM', handler);
  }
}
