import type { ProbeOutcome, VerifyReport } from '../../deploy/verify';
import { AIR_GAP_CHAIN } from '../../deploy/air-gap';
import { targetName } from '../../spec/model/reachability';

export const VERIFY_FORMATS = ['text', 'json', 'junit'] as const;
export type VerifyFormat = (typeof VERIFY_FORMATS)[number];

/** A container's name without its own site's prefix, for a shorter matrix. */
function short(name: string, site: string): string {
  return name.startsWith(`${site}-`) ? name.slice(site.length + 1) : name;
}

function target(o: ProbeOutcome): string {
  return o.rule.to.kind === 'container' ? short(o.rule.to.container, o.rule.from.site) : targetName(o.rule.to);
}

function violationLine(o: ProbeOutcome): string {
  const seen =
    o.observed === 'reach'
      ? `answered on ${o.reached.join(', ')}`
      : o.observed === 'not probed'
        ? `not probed: ${o.note}`
        : `nothing answered on ${o.probed.join(', ')}`;
  return `✘ ${o.rule.from.container} → ${targetName(o.rule.to)}: expected ${o.rule.expect}, ${seen} (${o.rule.why})`;
}

/** An address that answered once and timed out when probed again: shown, not counted. */
function unconfirmedLine(o: ProbeOutcome): string {
  return `? ${o.rule.from.container} → ${targetName(o.rule.to)}: answered on ${(o.unconfirmed ?? []).join(', ')} once, then nothing on a second, longer probe: not counted as reach`;
}

/** The closing line: violations, probes (and how many were a second round), time. */
function summaryLine(r: VerifyReport): string {
  const again = r.reprobed ? ` (${r.reprobed} probed again)` : '';
  return `${r.violations ? '✘' : '✔'} ${r.violations} violation(s); ${r.probes} probes${again} in ${r.seconds}s`;
}

/** How many cross-site pairs were probed, when a sample: said before the closing line. */
function crossSiteLine(r: VerifyReport): string | undefined {
  const c = r.crossSite;
  if (!c?.sampled) return undefined;
  return `cross-site: ${c.pairs} of ${c.possiblePairs} site pairs probed (ring neighbours in name order and uplink peers); --all-pairs probes every pair`;
}

/** What the host firewall holds, one line per site. */
function airGapLine(a: VerifyReport['airGap'][number]): string {
  if (!a.bridges.length) return `host firewall: no internal bridges`;
  if (!a.enforceable) return `host firewall: not enforced (${a.reason}); the host rows below show what holds`;
  return `host firewall: ${a.closed.length} of ${a.bridges.length} internal bridges closed to the host (${AIR_GAP_CHAIN})`;
}

/**
 * The matrix as a table per site (source rows, one line per target: expected, observed,
 * a mark), then every violation with the addresses that answered and why it should not.
 */
export function formatVerifyText(r: VerifyReport): string {
  const out: string[] = [];
  for (const site of r.sites) {
    const rows = r.outcomes.filter((o) => o.rule.from.site === site);
    const gap = r.airGap.find((a) => a.site === site);
    out.push(`${site}: ${rows.filter((o) => o.violation).length} violation(s) in ${rows.length} paths`);
    if (gap) out.push(`  ${airGapLine(gap)}`);
    const cells = rows.map((o) => [
      short(o.rule.from.container, site),
      target(o),
      o.rule.expect,
      o.observed,
      o.violation ? '✘' : o.rule.expect === 'any' ? '·' : '✔',
    ]);
    const width = [0, 1, 2, 3].map((i) => cells.reduce((w, c) => Math.max(w, c[i].length), ['FROM', 'TO', 'EXPECTED', 'OBSERVED'][i].length));
    const row = (c: readonly string[]) => `  ${c.map((x, i) => (i < 4 ? x.padEnd(width[i]) : x)).join('  ')}`.trimEnd();
    out.push(row(['FROM', 'TO', 'EXPECTED', 'OBSERVED', '']));
    for (const c of cells) out.push(row(c));
  }
  for (const o of r.outcomes) if (o.violation) out.push(violationLine(o));
  for (const o of r.outcomes) if (o.unconfirmed?.length) out.push(unconfirmedLine(o));
  const sample = crossSiteLine(r);
  if (sample) out.push(sample);
  out.push(summaryLine(r));
  return out.join('\n') + '\n';
}

export function formatVerifyJson(r: VerifyReport): string {
  return (
    JSON.stringify(
      {
        sites: r.sites,
        violations: r.violations,
        probes: r.probes,
        reprobed: r.reprobed ?? 0,
        seconds: r.seconds,
        crossSite: r.crossSite,
        airGap: r.airGap,
        matrix: r.outcomes.map((o) => ({
          site: o.rule.from.site,
          from: o.rule.from.container,
          to: targetName(o.rule.to),
          expected: o.rule.expect,
          observed: o.observed,
          violation: o.violation,
          why: o.rule.why,
          reached: o.reached,
          ...(o.unconfirmed?.length ? { unconfirmed: o.unconfirmed } : {}),
          ...(o.note ? { note: o.note } : {}),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** JUnit XML: a test suite per site, a test case per path, failing on a violation. */
export function formatVerifyJunit(r: VerifyReport): string {
  const suites = r.sites.map((site) => {
    const rows = r.outcomes.filter((o) => o.rule.from.site === site);
    const cases = rows.map((o) => {
      const name = xml(`${o.rule.from.container} → ${targetName(o.rule.to)}: ${o.rule.expect}`);
      if (o.violation) return `    <testcase classname="${xml(site)}" name="${name}"><failure message="${xml(violationLine(o))}"/></testcase>`;
      if (o.unconfirmed?.length) return `    <testcase classname="${xml(site)}" name="${name}"><system-out>${xml(unconfirmedLine(o))}</system-out></testcase>`;
      return `    <testcase classname="${xml(site)}" name="${name}"/>`;
    });
    return `  <testsuite name="aisite verify ${xml(site)}" tests="${rows.length}" failures="${rows.filter((o) => o.violation).length}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="aisite verify" tests="${r.outcomes.length}" failures="${r.violations}">\n${suites.join('\n')}\n</testsuites>\n`;
}

export const VERIFY_FORMATTERS: Readonly<Record<VerifyFormat, (r: VerifyReport) => string>> = {
  text: formatVerifyText,
  json: formatVerifyJson,
  junit: formatVerifyJunit,
};
