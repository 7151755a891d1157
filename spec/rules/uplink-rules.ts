import { didYouMean } from '../did-you-mean';
import { pointer } from '../load/source-document';
import { ResolvedSite } from '../model/resolved-site';
import { Uplink } from '../site-types.generated';
import { mustBe, num, q, SetRule, SiteRule } from './rule';

export const UPLINK_RULES: readonly SiteRule[] = [
  {
    code: 'AIS701',
    rule: 'air-gapped-uplink',
    severity: 'error',
    scope: 'site',
    summary: 'An air-gapped site has no uplinks.',
    check(site, report) {
      if (!site.spec.spec.airGapped) return;
      (site.spec.spec.uplinks ?? []).forEach((u, i) => {
        report(
          pointer('spec', 'uplinks', i),
          mustBe(`the uplinks of air-gapped site ${q(site.name)}`, 'none', `uplink ${q(u.name)} to ${q(u.peer)}`, 'was given'),
          'remove the uplink, or set airGapped: false',
          { key: true },
        );
      });
    },
  },
  {
    code: 'AIS702',
    rule: 'air-gapped-egress',
    severity: 'error',
    scope: 'site',
    summary: 'An air-gapped site has no fabric with egress.',
    check(site, report) {
      if (!site.spec.spec.airGapped) return;
      (site.spec.spec.fabrics ?? []).forEach((f, i) => {
        if (!f.egress) return;
        report(
          pointer('spec', 'fabrics', i, 'egress'),
          mustBe(`egress of fabric ${q(f.name)} in air-gapped site ${q(site.name)}`, 'false', 'true'),
          'set egress: false, or airGapped: false',
        );
      });
    },
  },
  {
    code: 'AIS706',
    rule: 'uplink-to-self',
    severity: 'error',
    scope: 'site',
    summary: 'An uplink connects to another site.',
    check(site, report) {
      (site.spec.spec.uplinks ?? []).forEach((u, i) => {
        if (u.peer !== site.name) return;
        report(
          pointer('spec', 'uplinks', i, 'peer'),
          mustBe(`the peer of uplink ${q(u.name)}`, 'another site', q(u.peer), 'was given (the site itself)'),
          'name the metadata.name of the site at the other end',
        );
      });
    },
  },
];

/** The names but one (a lazy view, no copy). */
function* otherThan(names: Iterable<string>, name: string): Iterable<string> {
  for (const n of names) if (n !== name) yield n;
}

export const SITE_SET_UPLINK_RULES: readonly SetRule[] = [
  {
    code: 'AIS703',
    rule: 'uplink-peer-exists',
    severity: 'warning',
    scope: 'set',
    summary: "An uplink's peer is among the validated sites (so the link can be checked).",
    check(sites, report) {
      const names = new Set(sites.map((s) => s.name));
      // One look-up per missing name: many sites naming one absent peer cost one search.
      const suggestions = new Map<string, string | undefined>();
      for (const site of sites) {
        (site.spec.spec.uplinks ?? []).forEach((u, i) => {
          if (names.has(u.peer) || u.peer === site.name) return;
          if (!suggestions.has(u.peer)) suggestions.set(u.peer, didYouMean(u.peer, names));
          // Never the site itself (AIS706 says a site is not its own peer): hospital-01's
          // uplink to hospital-02, given alone, is a peer not given, not a typo.
          let dym = suggestions.get(u.peer);
          if (dym === site.name) dym = didYouMean(u.peer, otherThan(names, site.name));
          report(
            site,
            pointer('spec', 'uplinks', i, 'peer'),
            mustBe(`the peer of uplink ${q(u.name)}`, 'a site among those validated', q(u.peer)) + (dym ? `. Did you mean '${dym}'?` : ''),
            dym ? `correct the name to '${dym}'` : `validate the peer's file together with this one, e.g. \`aisite validate sites/\``,
            dym ? { severity: 'error' } : {},
          );
        });
      }
    },
  },
  {
    code: 'AIS704',
    rule: 'uplink-symmetric',
    severity: 'error',
    scope: 'set',
    summary: 'Both ends declare an uplink to each other.',
    check(sites, report) {
      const byName = siteMap(sites);
      const declared = uplinksByEnds(byName);
      for (const site of sites) {
        (site.spec.spec.uplinks ?? []).forEach((u, i) => {
          const peer = byName.get(u.peer);
          if (!peer || peer === site) return;
          if (declared.has(ends(peer.name, site.name))) return;
          report(
            site,
            pointer('spec', 'uplinks', i, 'peer'),
            mustBe(`uplink ${q(u.name)} to ${q(u.peer)}`, `declared by ${q(u.peer)} too`, 'no uplink back', 'is declared there'),
            `add an uplink with peer: ${site.name} and gbps: ${num(u.gbps)} to ${q(u.peer)}`,
          );
        });
      }
    },
  },
  {
    code: 'AIS705',
    rule: 'uplink-bandwidth',
    severity: 'error',
    scope: 'set',
    summary: 'Both ends of an uplink declare the same bandwidth.',
    check(sites, report) {
      const byName = siteMap(sites);
      const declared = uplinksByEnds(byName);
      for (const site of sites) {
        (site.spec.spec.uplinks ?? []).forEach((u, i) => {
          const peer = byName.get(u.peer);
          const back = peer && declared.get(ends(peer.name, site.name));
          if (!peer || !back || back.gbps === u.gbps) return;
          // Report once, on the site whose name sorts first.
          if (site.name > peer.name) return;
          report(
            site,
            pointer('spec', 'uplinks', i, 'gbps'),
            mustBe(`the bandwidth of uplink ${q(u.name)}`, `the same at both ends (${q(peer.name)} declares ${num(back.gbps)} Gb/s)`, `${num(u.gbps)} Gb/s`),
            'make both ends declare the same gbps',
          );
        });
      }
    },
  },
];

function siteMap(sites: readonly ResolvedSite[]): Map<string, ResolvedSite> {
  const m = new Map<string, ResolvedSite>();
  for (const s of sites) if (!m.has(s.name)) m.set(s.name, s);
  return m;
}

/** The key of an uplink from one site to another. */
function ends(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/** The first uplink each site declares to each peer, so checking the way back is one look-up. */
function uplinksByEnds(byName: ReadonlyMap<string, ResolvedSite>): Map<string, Uplink> {
  const m = new Map<string, Uplink>();
  for (const site of byName.values()) {
    for (const u of site.spec.spec.uplinks ?? []) if (!m.has(ends(site.name, u.peer))) m.set(ends(site.name, u.peer), u);
  }
  return m;
}
