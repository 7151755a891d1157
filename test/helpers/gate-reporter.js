/**
 * A jest reporter that ends the run with one line saying which tests did not run and why.
 *
 * Gated groups (test/helpers/gates.ts) that cannot run here are registered with
 * `describe.skip` under a name made by `skippedName` below: the group, why it cannot run,
 * and the variables that would make that a failure. The reporter collects every skipped
 * test by its outermost group, reads those names back, and prints each reason once with
 * the groups it stopped, as the very last line of the run (after jest's own summary).
 * A skipped group that is not a gate (a stray `.skip`) is listed by its name.
 */

const MARK = ' — not run: ';
const REASONS = ' | ';

/** The name of a gated group that cannot run: `<group> — not run: <reason> | <reason> (set <VAR>=1 … to make this a failure)`. */
function skippedName(group, reasons, variables) {
  return `${group}${MARK}${reasons.join(REASONS)} (set ${variables.map((v) => `${v}=1`).join(' or ')} to make this a failure)`;
}

/** `skippedName` read back: { group, reasons, variables }, or undefined for any other name. */
function parseSkippedName(name) {
  const at = name.indexOf(MARK);
  const m = at < 0 ? null : /^(.*) \(set (.*) to make this a failure\)$/.exec(name.slice(at + MARK.length));
  if (!m) return undefined;
  return { group: name.slice(0, at), reasons: m[1].split(REASONS), variables: m[2].split(' or ').map((v) => v.replace(/=1$/, '')) };
}

/**
 * The last line, from skipped group name → number of skipped tests. `nameFilter`: the
 * run's -t pattern, which skips every test it does not match (not a gate's doing).
 */
function summary(skipped, nameFilter) {
  if (!skipped.size) return 'Not run: nothing (every gated test ran)';
  const total = [...skipped.values()].reduce((a, n) => a + n, 0);
  const byReason = new Map();
  const variables = new Set();
  const others = [];
  for (const [name, n] of skipped) {
    const gate = parseSkippedName(name);
    if (!gate) {
      others.push(`${name} (${n})`);
      continue;
    }
    gate.variables.forEach((v) => variables.add(v));
    for (const reason of gate.reasons) byReason.set(reason, [...(byReason.get(reason) ?? []), `${gate.group} (${n})`]);
  }
  const parts = [...byReason].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([reason, groups]) => `${reason} [${groups.sort().join(', ')}]`);
  if (others.length && nameFilter) parts.push(`${others.length} group${others.length === 1 ? '' : 's'} left out by -t ${nameFilter}`);
  else if (others.length) parts.push(`skipped without a gate: ${others.sort().join(', ')}`);
  const vars = [...variables].sort().map((v) => `${v}=1`);
  return `Not run: ${total} skipped test${total === 1 ? '' : 's'} — ${parts.join('; ')}${vars.length ? ` — ${vars.join(', ')} make${vars.length === 1 ? 's' : ''} these failures` : ''}`;
}

class GateReporter {
  constructor(globalConfig) {
    this.nameFilter = globalConfig && globalConfig.testNamePattern;
    /** Outermost skipped group name → number of skipped tests. */
    this.skipped = new Map();
  }

  onTestResult(_test, result) {
    for (const a of result.testResults) {
      if (a.status !== 'pending' && a.status !== 'skipped' && a.status !== 'todo') continue;
      const group = a.ancestorTitles.length ? a.ancestorTitles[0] : a.title;
      this.skipped.set(group, (this.skipped.get(group) ?? 0) + 1);
    }
  }

  onRunComplete() {
    // Jest's own summary reporter always comes after custom reporters: the line is written
    // as the process exits, so that it is the last one (stderr is synchronous there).
    const line = summary(this.skipped, this.nameFilter);
    process.once('exit', () => process.stderr.write(`${line}\n`));
  }
}

module.exports = GateReporter;
module.exports.skippedName = skippedName;
module.exports.parseSkippedName = parseSkippedName;
module.exports.summary = summary;
