import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runInit, InitArgs } from '../../../cli/commands/init';
import { bufferedContext } from '../../../cli/context';
import { ExternalError, UsageError } from '../../../spec/errors';
import { validatePaths } from '../../../spec/validate';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-init-'));
const args = (over: Partial<InitArgs>): InitArgs => ({ set: [], force: false, list: false, ...over });

describe('aisite init', () => {
  test('writes a valid site from a template', async () => {
    const out = path.join(tmp(), 'busan-hospital-01.yaml');
    expect(await runInit(args({ template: 'hospital-inference', name: 'busan-hospital-01', out, set: ['cabinets=2'] }), bufferedContext())).toBe(0);
    const r = validatePaths([out]);
    expect(r.findings).toEqual([]);
    expect(r.sites[0].capacity.cabinets).toBe(2);
  });

  test('refuses to overwrite without --force and leaves the file as it was', async () => {
    const out = path.join(tmp(), 'x.yaml');
    fs.writeFileSync(out, 'mine');
    await expect(runInit(args({ template: 'city-hall', name: 'x', out }), bufferedContext())).rejects.toThrow(/exists; pass --force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
  });

  test('overwrites with --force', async () => {
    const out = path.join(tmp(), 'x.yaml');
    fs.writeFileSync(out, 'mine');
    await runInit(args({ template: 'city-hall', name: 'x', out, force: true }), bufferedContext());
    expect(fs.readFileSync(out, 'utf8')).toMatch(/kind: MicroDataCenter/);
  });

  test('--list shows every template with its parameters', async () => {
    const ctx = bufferedContext();
    await runInit(args({ list: true }), ctx);
    for (const t of ['hospital-inference', 'smart-factory', 'city-hall', 'university-research', 'national-ai-center']) expect(ctx.out).toContain(t);
    expect(ctx.out).toMatch(/scalableUnits\s+integer\s+default 64/);
  });

  test('an unknown template is a usage error listing the templates', async () => {
    await expect(runInit(args({ template: 'hospital', name: 'x' }), bufferedContext())).rejects.toThrow(
      new UsageError(
        "unknown template 'hospital'. Did you mean 'hospital-inference'? Templates: hospital-inference, smart-factory, city-hall, university-research, national-ai-center (see `aisite init --list`)",
      ),
    );
  });

  test('--set with an unknown key names the parameters', async () => {
    await expect(runInit(args({ template: 'city-hall', name: 'x', set: ['sevrers=3'] }), bufferedContext())).rejects.toThrow(
      /has no parameter 'sevrers'. Did you mean 'servers'\?/,
    );
  });

  test('--set with a value of the wrong type names the parameter and its type', async () => {
    await expect(runInit(args({ template: 'city-hall', name: 'x', set: ['servers=many'] }), bufferedContext())).rejects.toThrow(
      /--set servers: servers must be a whole number, but 'many' was given/,
    );
  });

  test('--set outside the range is a usage error', async () => {
    await expect(runInit(args({ template: 'hospital-inference', name: 'x', set: ['cabinets=3'] }), bufferedContext())).rejects.toThrow(
      /must be between 1 and 2/,
    );
  });

  test('a name that is not a DNS label is refused and nothing is written', async () => {
    const dir = tmp();
    await expect(runInit(args({ template: 'city-hall', name: 'Busan_City', out: path.join(dir, 'x.yaml') }), bufferedContext())).rejects.toThrow(
      /would not be valid: AIS106/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a missing name without a terminal is a usage error', async () => {
    await expect(runInit(args({ template: 'city-hall' }), bufferedContext())).rejects.toThrow(/--name is required/);
  });

  test('a missing name is asked for on a terminal', async () => {
    const out = path.join(tmp(), 'asked.yaml');
    await runInit(args({ template: 'city-hall', out }), bufferedContext(), async () => 'asked-city');
    expect(validatePaths([out]).sites[0].name).toBe('asked-city');
  });

  test('an output path in a missing folder is an external error, nothing written', async () => {
    await expect(runInit(args({ template: 'city-hall', name: 'x', out: path.join(tmp(), 'nope', 'x.yaml') }), bufferedContext())).rejects.toThrow(
      ExternalError,
    );
  });

  describe('the $schema reference', () => {
    const schemaLine = (file: string) => fs.readFileSync(file, 'utf8').split('\n')[0];

    test("is the schema's $id, an absolute https URL, the same at any depth of the repository", async () => {
      const repo = tmp();
      fs.mkdirSync(path.join(repo, 'sites', 'busan'), { recursive: true });
      const top = path.join(repo, 'top.yaml');
      const deep = path.join(repo, 'sites', 'busan', 'deep.yaml');
      await runInit(args({ template: 'city-hall', name: 'top', out: top }), bufferedContext());
      await runInit(args({ template: 'city-hall', name: 'deep', out: deep }), bufferedContext());
      const id = (JSON.parse(fs.readFileSync('spec/schema/site.schema.json', 'utf8')) as { $id: string }).$id;
      expect(schemaLine(top)).toBe(`# yaml-language-server: $schema=${id}`);
      expect(schemaLine(deep)).toBe(schemaLine(top));
      expect(new URL(id).protocol).toBe('https:');
    });

    test('a file moved to another folder still names the same schema and still validates', async () => {
      const repo = tmp();
      const first = path.join(repo, 'clinic.yaml');
      await runInit(args({ template: 'hospital-inference', name: 'clinic', out: first }), bufferedContext());
      fs.mkdirSync(path.join(repo, 'sites', 'south'), { recursive: true });
      const moved = path.join(repo, 'sites', 'south', 'clinic.yaml');
      fs.renameSync(first, moved);
      const reference = schemaLine(moved).replace('# yaml-language-server: $schema=', '');
      expect(new URL(reference, `file://${path.dirname(moved)}/`).href).toBe(new URL(reference, `file://${repo}/`).href);
      expect(validatePaths([moved]).findings).toEqual([]);
    });

    test('--schema-url writes another absolute URL (a schema you publish yourself)', async () => {
      const out = path.join(tmp(), 'x.yaml');
      const url = 'https://raw.githubusercontent.com/example/aisite/v0.1.0/spec/schema/site.schema.json';
      await runInit(args({ template: 'city-hall', name: 'x', out, schemaUrl: url }), bufferedContext());
      expect(schemaLine(out)).toBe(`# yaml-language-server: $schema=${url}`);
    });

    test('a relative --schema-url is a usage error and nothing is written', async () => {
      const dir = tmp();
      await expect(
        runInit(args({ template: 'city-hall', name: 'x', out: path.join(dir, 'x.yaml'), schemaUrl: '../spec/schema/site.schema.json' }), bufferedContext()),
      ).rejects.toThrow(/--schema-url must be an absolute http\(s\) URL .* but '\.\.\/spec\/schema\/site\.schema\.json' was given/);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  });
});
