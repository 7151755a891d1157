import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findBusybox, nodeImageContextHash, writeNodeImageContext } from '../../../constructs/private/node-image-context';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-ctx-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A stand-in for busybox: any bytes will do for the hash. */
function fakeBusybox(content: string): string {
  const file = path.join(tmp, `busybox-${content.length}-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(file, content);
  return file;
}

/**
 * Runs `f` as on a machine without busybox: AISITE_BUSYBOX naming a missing file is how
 * findBusybox (the default of the busybox argument) is told there is none.
 */
function withoutBusybox<T>(f: () => T): T {
  const saved = process.env.AISITE_BUSYBOX;
  process.env.AISITE_BUSYBOX = path.join(tmp, 'no-busybox-here');
  try {
    return f();
  } finally {
    if (saved === undefined) delete process.env.AISITE_BUSYBOX;
    else process.env.AISITE_BUSYBOX = saved;
  }
}

describe('writeNodeImageContext', () => {
  test('writes the Dockerfile, the entrypoint and busybox', () => {
    const dir = path.join(tmp, 'ctx');
    writeNodeImageContext(dir, fakeBusybox('#!fake busybox'));
    expect(fs.readdirSync(dir).sort()).toEqual(['Dockerfile', 'busybox', 'entrypoint.sh']);
  });

  test('copies the bundled files byte for byte', () => {
    const dir = path.join(tmp, 'ctx');
    writeNodeImageContext(dir, fakeBusybox('x'));
    for (const f of ['Dockerfile', 'entrypoint.sh']) {
      expect(fs.readFileSync(path.join(dir, f))).toEqual(fs.readFileSync(path.join(__dirname, '../../../stacks/node-image', f)));
    }
  });

  test('copies busybox byte for byte and makes it executable', () => {
    const dir = path.join(tmp, 'ctx');
    writeNodeImageContext(dir, fakeBusybox('the busybox bytes'));
    expect(fs.readFileSync(path.join(dir, 'busybox'), 'utf8')).toBe('the busybox bytes');
    expect(fs.statSync(path.join(dir, 'busybox')).mode & 0o111).not.toBe(0);
  });

  test('creates missing parent folders', () => {
    const dir = path.join(tmp, 'a', 'b', 'ctx');
    writeNodeImageContext(dir, fakeBusybox('x'));
    expect(fs.existsSync(path.join(dir, 'Dockerfile'))).toBe(true);
  });

  test('returns the busybox it used', () => {
    const bb = fakeBusybox('x');
    expect(writeNodeImageContext(path.join(tmp, 'ctx'), bb).busybox).toBe(bb);
  });

  test('the hash is a SHA-256 in hex', () => {
    expect(writeNodeImageContext(path.join(tmp, 'ctx'), fakeBusybox('x')).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the hash is stable for the same bytes, whatever the file or folder', () => {
    const a = writeNodeImageContext(path.join(tmp, 'a'), fakeBusybox('same bytes'));
    const b = writeNodeImageContext(path.join(tmp, 'b'), fakeBusybox('same bytes'));
    expect(a.sha256).toBe(b.sha256);
  });

  test('the hash changes when the busybox bytes change', () => {
    const a = writeNodeImageContext(path.join(tmp, 'a'), fakeBusybox('busybox v1'));
    const b = writeNodeImageContext(path.join(tmp, 'b'), fakeBusybox('busybox v2'));
    expect(a.sha256).not.toBe(b.sha256);
  });

  test('without busybox the hash still computes and busybox is undefined', () => {
    const r = withoutBusybox(() => writeNodeImageContext(path.join(tmp, 'ctx')));
    expect([r.busybox, r.sha256]).toEqual([undefined, expect.stringMatching(/^[0-9a-f]{64}$/)]);
  });

  test('without busybox only the bundled files are written', () => {
    const dir = path.join(tmp, 'ctx');
    withoutBusybox(() => writeNodeImageContext(dir));
    expect(fs.readdirSync(dir).sort()).toEqual(['Dockerfile', 'entrypoint.sh']);
  });

  test('the hash without busybox differs from the hash with it', () => {
    expect(withoutBusybox(() => writeNodeImageContext(path.join(tmp, 'a'))).sha256).not.toBe(
      writeNodeImageContext(path.join(tmp, 'b'), fakeBusybox('x')).sha256,
    );
  });
});

describe('nodeImageContextHash', () => {
  test('equals the hash of the written context, and writes nothing', () => {
    const bb = fakeBusybox('bytes');
    const before = fs.readdirSync(tmp);
    const hash = nodeImageContextHash(bb);
    expect(fs.readdirSync(tmp)).toEqual(before);
    expect(hash).toBe(writeNodeImageContext(path.join(tmp, 'ctx'), bb).sha256);
  });
});

describe('findBusybox', () => {
  test('AISITE_BUSYBOX wins when the file exists', () => {
    const bb = fakeBusybox('x');
    expect(findBusybox({ AISITE_BUSYBOX: bb })).toBe(bb);
  });

  test('AISITE_BUSYBOX naming a missing file means no busybox, not a fallback', () => {
    expect(findBusybox({ AISITE_BUSYBOX: path.join(tmp, 'missing') })).toBeUndefined();
  });
});
