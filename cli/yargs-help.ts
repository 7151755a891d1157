/** The parts of yargs' internals that lay out the help text ahead of need. */
interface HelpCache {
  cacheHelpMessage?: () => void;
  hasCachedHelpMessage?: () => boolean;
}

function helpCacheOf(parser: object): HelpCache | undefined {
  const internal = (parser as { getInternalMethods?: () => { getUsageInstance?: () => HelpCache | undefined } }).getInternalMethods?.();
  return internal?.getUsageInstance?.();
}

/**
 * yargs lays the whole help text out (cliui, string widths) each time a command's handler
 * starts, so that a failure inside the handler could print it: about a seventh of
 * `aisite validate`'s start-up. aisite never prints help on a failure (its fail handler
 * says "Run `aisite --help`"), so that layout is skipped; `--help` still lays it out when
 * asked. A yargs without that internal method is left as it is.
 */
export function skipHelpLayout(parser: object): void {
  const usage = helpCacheOf(parser);
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

/** Whether yargs holds a help text laid out ahead of need (undefined: this yargs does not say). */
export function hasLaidOutHelp(parser: object): boolean | undefined {
  return helpCacheOf(parser)?.hasCachedHelpMessage?.();
}
