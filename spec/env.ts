/** An environment as aisite reads it (process.env, or a test's own): names to values. */
export type Env = Readonly<Record<string, string | undefined>>;
