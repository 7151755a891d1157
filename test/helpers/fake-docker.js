#!/usr/bin/env node
/**
 * A fake `docker` CLI for unit tests (see fake-docker.ts): an engine of containers,
 * networks and volumes kept in a JSON file ($FAKE_DOCKER_STATE), answering the commands
 * aisite's docker-objects.ts uses the way docker 20.10 does, and appending every call as
 * `<engine name>: <args>` to $FAKE_DOCKER_LOG. A network still used by a container refuses
 * removal ("has active endpoints"), as the real engine does. Anything else fails, naming it.
 */
const fs = require('fs');

const args = process.argv.slice(2);
const name = process.env.FAKE_DOCKER_NAME || 'engine';
fs.appendFileSync(process.env.FAKE_DOCKER_LOG, `${name}: ${args.join(' ')}\n`);
const file = process.env.FAKE_DOCKER_STATE;
const state = JSON.parse(fs.readFileSync(file, 'utf8'));
const save = () => fs.writeFileSync(file, JSON.stringify(state));

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The values of every `--filter` flag, the `--format` template, and the other words. */
function parse(words) {
  const filters = [];
  const rest = [];
  let format;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--filter') filters.push(words[++i]);
    else if (words[i] === '--format') format = words[++i];
    else rest.push(words[i]);
  }
  return { filters, rest, format };
}

/**
 * A listing line of `o` for a Go template of {{.ID}}, {{.Name}} ({{.Names}} for a
 * container), {{.Driver}} and {{.Internal}} (a bridge network, not internal unless the
 * object says so) and {{.Label "key"}}; the id when there is none (-q).
 */
function listed(o, format) {
  if (format === undefined) return o.id;
  return format
    .replace(/\{\{\.ID\}\}/g, o.id)
    .replace(/\{\{\.Names?\}\}/g, o.name)
    .replace(/\{\{\.Driver\}\}/g, 'bridge')
    .replace(/\{\{\.Internal\}\}/g, String(Boolean(o.internal)))
    .replace(/\{\{\.Label "([^"]+)"\}\}/g, (_, k) => o.labels[k] ?? '');
}

/**
 * An inspect template filled in for one object: {{.Id}}, {{.Name}}, {{index <labelsAt> "key"}}
 * and {{range .Containers}}…{{.Name}}…{{end}} (a network's containers by name).
 */
function rendered(format, o) {
  const labelRef = new RegExp(`\\{\\{index ${o.labelsAt.replace(/\./g, '\\.')} "([^"]+)"\\}\\}`, 'g');
  return format
    .replace(/\{\{range \.Containers\}\}(.*?)\{\{end\}\}/gs, (_, body) => (o.Containers || []).map((name) => body.replace(/\{\{\.Name\}\}/g, name)).join(''))
    .replace(/\{\{\.Id\}\}/g, o.Id ?? '')
    .replace(/\{\{\.Name\}\}/g, o.Name ?? '')
    .replace(labelRef, (_, k) => o.labels[k] ?? '');
}

/**
 * Whether object `o` matches every `label=K` / `label=K=V` filter, `name=PART` (a part of
 * its name, as docker's name filter) and, for a container, `network=ID|NAME`.
 */
function matches(o, filters) {
  return filters.every((f) => {
    if (f.startsWith('name=')) return o.name.includes(f.slice('name='.length));
    if (f.startsWith('network=')) {
      const n = find(state.networks, f.slice('network='.length));
      return Boolean(n && o.networks && o.networks.includes(n.name));
    }
    const m = /^label=([^=]+)(?:=(.*))?$/.exec(f);
    if (!m) fail(`fake docker: unsupported filter ${f}`);
    return m[2] === undefined ? m[1] in o.labels : o.labels[m[1]] === m[2];
  });
}

const find = (list, ref) => list.find((o) => o.id === ref || o.name === ref);
const print = (lines) => lines.length && process.stdout.write(`${lines.join('\n')}\n`);
const words = args.join(' ');

if (args[0] === 'version') {
  process.stdout.write('20.10.24\n');
} else if (words === 'info --format {{.MemTotal}}') {
  process.stdout.write(`${24 * 1024 ** 3}\n`); // a 24 GiB engine, as this machine
} else if (args[0] === 'service') {
  fail(
    'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
  );
} else if (args[0] === 'ps') {
  const { filters, format } = parse(args.slice(1));
  print(state.containers.filter((c) => matches(c, filters)).map((c) => listed(c, format)));
} else if (args[0] === 'inspect') {
  const { rest, format } = parse(args.slice(1));
  const refs = rest.filter((a, i) => a !== '--type' && rest[i - 1] !== '--type');
  const found = refs.map((ref) => find(state.containers, ref) || fail(`Error: No such object: ${ref}`));
  if (format !== undefined) {
    print(found.map((c) => rendered(format, { Name: `/${c.name}`, labels: c.labels, labelsAt: '.Config.Labels' })));
    process.exit(0);
  }
  process.stdout.write(
    JSON.stringify(
      found.map((c) => ({
        Id: c.id,
        Name: `/${c.name}`,
        State: { Status: 'running' },
        Config: { Labels: c.labels },
        NetworkSettings: { Networks: Object.fromEntries(c.networks.map((n) => [n, {}])) },
      })),
    ),
  );
} else if (args[0] === 'rm') {
  for (const ref of args.slice(1).filter((a) => !a.startsWith('-'))) {
    const c = find(state.containers, ref) || fail(`Error: No such container: ${ref}`);
    state.containers = state.containers.filter((x) => x !== c);
  }
  save();
} else if (words.startsWith('network ls')) {
  const { filters, format } = parse(args.slice(2));
  print(state.networks.filter((n) => matches(n, filters)).map((n) => listed(n, format)));
} else if (words.startsWith('network inspect --format')) {
  const n = find(state.networks, args[args.length - 1]) || fail(`Error: No such network: ${args[args.length - 1]}`);
  const on = state.containers.filter((c) => c.networks.includes(n.name)).map((c) => c.name);
  process.stdout.write(`${rendered(args[3], { Id: n.id, labels: n.labels, labelsAt: '.Labels', Containers: on })}\n`);
} else if (words.startsWith('network inspect')) {
  const found = args.slice(2).map((ref) => find(state.networks, ref) || fail(`Error: No such network: ${ref}`));
  process.stdout.write(JSON.stringify(found.map((n) => ({ Id: n.id, Name: n.name, Labels: n.labels }))));
} else if (words.startsWith('network rm')) {
  for (const ref of args.slice(2)) {
    const n = find(state.networks, ref) || fail(`Error: No such network: ${ref}`);
    if (state.containers.some((c) => c.networks.includes(n.name)))
      fail(`Error response from daemon: error while removing network: network ${n.name} id ${n.id} has active endpoints`);
    state.networks = state.networks.filter((x) => x !== n);
  }
  save();
} else if (words.startsWith('network disconnect')) {
  const [net, ref] = args.slice(2).filter((a) => !a.startsWith('-'));
  const n = find(state.networks, net) || fail(`Error: No such network: ${net}`);
  const c = find(state.containers, ref) || fail(`Error: No such container: ${ref}`);
  c.networks = c.networks.filter((x) => x !== n.name);
  save();
} else if (words.startsWith('volume ls')) {
  const { filters, format } = parse(args.slice(2));
  print(state.volumes.filter((v) => matches(v, filters)).map((v) => listed({ ...v, id: v.name }, format)));
} else if (words.startsWith('volume inspect')) {
  const found = args.slice(2).map((ref) => find(state.volumes, ref) || fail(`Error: No such volume: ${ref}`));
  process.stdout.write(JSON.stringify(found.map((v) => ({ Name: v.name, Labels: v.labels }))));
} else if (words.startsWith('volume rm')) {
  for (const ref of args.slice(2).filter((a) => !a.startsWith('-'))) {
    const v = find(state.volumes, ref) || fail(`Error: No such volume: ${ref}`);
    state.volumes = state.volumes.filter((x) => x !== v);
  }
  save();
} else {
  fail(`fake docker: unexpected command: docker ${words}`);
}
