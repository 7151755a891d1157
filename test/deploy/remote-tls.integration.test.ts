/**
 * A cabinet on a Docker engine reached over tcp:// with TLS, for real: a private dockerd
 * listening on 127.0.0.1 with --tlsverify, a CA, server and client certificates made with
 * openssl, and the cabinet's `dockerCertPath` naming the client's ca.pem/cert.pem/key.pem.
 * One deploy places the cabinet there through Terraform's provider (cert_path); status
 * and destroy reach it with the same material (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DeployEnv, describeDeploy, INTEGRATION_TIMEOUT, SiteCopy, testSiteName } from '../helpers/deploy-env';
import { freePort } from '../helpers/free-port';
import { splitCabinet } from '../helpers/split-cabinet';
import { openssl as opensslDep, privateEngine } from '../helpers/gates';
import { PrivateEngine } from '../helpers/swarm-engine';

const SITE = testSiteName('tls');

function openssl(args: string[], cwd: string): void {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
}

/** A CA, a server certificate for 127.0.0.1 and a client certificate, in `dir`. */
function makeCertificates(dir: string): { server: { ca: string; cert: string; key: string }; client: string } {
  fs.mkdirSync(path.join(dir, 'client'), { recursive: true });
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca-key.pem', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=aisite test CA'], dir);
  fs.writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName = IP:127.0.0.1\nextendedKeyUsage = serverAuth\n');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server-key.pem', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir);
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-out',
      'server-cert.pem',
      '-days',
      '2',
      '-extfile',
      'server.ext',
    ],
    dir,
  );
  fs.writeFileSync(path.join(dir, 'client.ext'), 'extendedKeyUsage = clientAuth\n');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'client/key.pem', '-out', 'client.csr', '-subj', '/CN=aisite'], dir);
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'client.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-out',
      'client/cert.pem',
      '-days',
      '2',
      '-extfile',
      'client.ext',
    ],
    dir,
  );
  fs.copyFileSync(path.join(dir, 'ca.pem'), path.join(dir, 'client', 'ca.pem'));
  return {
    server: { ca: path.join(dir, 'ca.pem'), cert: path.join(dir, 'server-cert.pem'), key: path.join(dir, 'server-key.pem') },
    client: path.join(dir, 'client'),
  };
}

describeDeploy('remote engine over tcp:// with TLS (real dockerd with --tlsverify, real Terraform)', [privateEngine, opensslDep], () => {
  let second: PrivateEngine;
  let env: DeployEnv;
  let copy: SiteCopy;
  let host: string;
  const onSecond = () =>
    second
      .docker(['ps', '-a', '--filter', `label=aisite.site=${SITE}`, '--format', '{{.Names}}'])
      .split('\n')
      .filter(Boolean)
      .sort();

  beforeAll(async () => {
    env = new DeployEnv('it-tls');
    const certs = makeCertificates(path.join(env.dir, 'tls'));
    const port = await freePort();
    host = `tcp://127.0.0.1:${port}`;
    second = await PrivateEngine.start(
      [],
      ['-H', host, '--tlsverify', '--tlscacert', certs.server.ca, '--tlscert', certs.server.cert, '--tlskey', certs.server.key],
    );
    copy = env.site('daejeon-hospital-01.yaml', 'tls', (doc) => splitCabinet(doc, host, certs.client));
  }, INTEGRATION_TIMEOUT);

  afterAll(async () => {
    if (env && copy) {
      const r = await env.cli(['destroy', copy.file, '--auto-approve']);
      if (r.code !== 0) console.warn(`cleanup of ${SITE}: aisite destroy exited ${r.code}: ${r.err.trim()}`);
    }
    const left = env ? await env.cleanup() : [];
    await second?.stop();
    expect(left).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  test('the engine refuses a client without the certificates (so the test below proves TLS was used)', () => {
    const r = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {
      env: { ...process.env, DOCKER_HOST: host, DOCKER_TLS_VERIFY: '', DOCKER_CERT_PATH: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).not.toBe(0);
  });

  test(
    'deploy places cab-b on the TLS engine, healthy; status reads it; destroy leaves nothing there',
    async () => {
      const r = await env.cli(['deploy', copy.file, '--auto-approve']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      expect(onSecond()).toEqual([0, 1].map((i) => `${SITE}-cab-b-atom-${i}`));
      const s = await env.cli(['status', copy.file]);
      expect({ code: s.code, err: s.err }).toEqual({ code: 0, err: '' });
      expect(s.out).toContain(`  engine ${host}: 2/2 containers healthy`);
      const d = await env.cli(['destroy', copy.file, '--auto-approve']);
      expect({ code: d.code, err: d.err }).toEqual({ code: 0, err: '' });
      expect(onSecond()).toEqual([]);
    },
    INTEGRATION_TIMEOUT,
  );
});
