/**
 * Typed errors. The CLI entry point maps them to exit codes: usage 2, external failure 3;
 * invalid sites are not errors but findings (exit 1); anything else is a bug (exit 70).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/** Something outside aisite is missing or failing (Docker, Terraform, the file system). */
export class ExternalError extends Error {
  override readonly name = 'ExternalError';
  readonly exitCode = 3;
}

export function isAisiteError(e: unknown): e is UsageError | ExternalError {
  return e instanceof UsageError || e instanceof ExternalError;
}
