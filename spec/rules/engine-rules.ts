import { cabinetEndpoint } from '../model/docker-engines';
import { mustBe, q, SiteRule } from './rule';

const isTcp = (host: string | undefined) => host !== undefined && host.startsWith('tcp://');

/** Rules of the Docker engines a site and its cabinets run on (dockerHost, dockerCertPath); 9xx. */
export const ENGINE_RULES: readonly SiteRule[] = [
  {
    code: 'AIS901',
    rule: 'docker-cert-path-needs-tcp',
    severity: 'error',
    scope: 'site',
    summary: 'dockerCertPath (TLS certificates) is given only for a tcp:// dockerHost.',
    check(site, report) {
      const spec = site.spec.spec;
      if (spec.dockerCertPath !== undefined && !isTcp(spec.dockerHost)) {
        report(
          '/spec/dockerCertPath',
          mustBe(
            "the site's dockerCertPath",
            'used with a tcp:// dockerHost (TLS)',
            spec.dockerHost ? `dockerHost is ${q(spec.dockerHost)}` : 'no dockerHost',
            'was given',
          ),
          'set dockerHost to tcp://HOST:2376, or remove dockerCertPath',
        );
      }
      spec.cabinets.forEach((cab, i) => {
        if (cab.dockerCertPath === undefined) return;
        const host = cabinetEndpoint(spec, cab).host;
        if (isTcp(host)) return;
        report(
          `/spec/cabinets/${i}/dockerCertPath`,
          mustBe(
            `dockerCertPath of cabinet ${q(cab.name)}`,
            'used with a tcp:// dockerHost (TLS)',
            host ? `its engine is ${q(host)}` : 'it runs on the local engine',
            'was given',
          ),
          `set the cabinet's dockerHost to tcp://HOST:2376, or remove dockerCertPath`,
        );
      });
    },
  },
  {
    code: 'AIS902',
    rule: 'docker-tcp-without-tls',
    severity: 'warning',
    scope: 'site',
    summary: 'A tcp:// dockerHost comes with a dockerCertPath (TLS); plain TCP exposes the Docker engine to anyone who can reach the port.',
    check(site, report) {
      const spec = site.spec.spec;
      const fix = 'give dockerCertPath (a folder with ca.pem, cert.pem, key.pem) and run dockerd with --tlsverify, or use ssh://';
      if (isTcp(spec.dockerHost) && spec.dockerCertPath === undefined) {
        report(
          '/spec/dockerHost',
          mustBe(`the site's dockerHost ${q(spec.dockerHost!)}`, 'secured with TLS (dockerCertPath)', 'no dockerCertPath', 'was given') +
            '; plain TCP gives anyone who reaches the port root on the engine',
          fix,
        );
      }
      spec.cabinets.forEach((cab, i) => {
        if (!isTcp(cab.dockerHost) || cabinetEndpoint(spec, cab).certPath !== undefined) return;
        report(
          `/spec/cabinets/${i}/dockerHost`,
          mustBe(`dockerHost ${q(cab.dockerHost!)} of cabinet ${q(cab.name)}`, 'secured with TLS (dockerCertPath)', 'no dockerCertPath', 'was given') +
            '; plain TCP gives anyone who reaches the port root on the engine',
          fix,
        );
      });
    },
  },
];
