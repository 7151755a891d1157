/**
 * The SVG as a browser shows it: the examples' topology inline in an HTML page, shot by
 * headless Chromium. Needs Debian's `chromium` (apt-get install chromium); without it the
 * tests are skipped, saying why (test/helpers/gates.ts), unless AISITE_REQUIRE_CHROMIUM=1
 * (CI), where that fails.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inflateSync } from 'zlib';
import { NODE_STYLE } from '../../../spec/graph/style';
import { topologySvg } from '../../../spec/graph/svg';
import { exampleSites } from './graph-fixture';
import { chromium, describeGated, findChromium } from '../../helpers/gates';

const WIDTH = 1280;
const HEIGHT = 960;

interface Png {
  readonly width: number;
  readonly height: number;
  readonly colorType: number;
  /** Unfiltered pixels, `channels` bytes each, row after row. */
  readonly pixels: Uint8Array;
  readonly channels: number;
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) with node's zlib. */
function decodePng(file: Buffer): Png {
  if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG: bad signature');
  let offset = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') ihdr = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!ihdr) throw new Error('PNG without IHDR');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = ihdr.subarray(8, 13);
  if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) {
    throw new Error(`PNG kind not handled here: bit depth ${bitDepth}, color type ${colorType}, interlace ${interlace}`);
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = new Uint8Array(inflateSync(Buffer.concat(idat)));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride; // the row above (absent on the first: counts as 0)
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[row + x - channels] : 0;
      const above = y > 0 ? pixels[up + x] : 0;
      let predictor = 0;
      switch (filter) {
        case 0:
          break;
        case 1:
          predictor = left;
          break;
        case 2:
          predictor = above;
          break;
        case 3:
          predictor = (left + above) >> 1;
          break;
        case 4: {
          const corner = x >= channels && y > 0 ? pixels[up + x - channels] : 0;
          const p = left + above - corner;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - above);
          const pc = Math.abs(p - corner);
          predictor = pa <= pb && pa <= pc ? left : pb <= pc ? above : corner;
          break;
        }
        default:
          throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      pixels[row + x] = (raw[src + x] + predictor) & 0xff;
    }
  }
  return { width, height, colorType, pixels, channels };
}

/** Distinct RGB colors of the image, as 0xRRGGBB. */
function colors(png: Png): Set<number> {
  const seen = new Set<number>();
  for (let i = 0; i < png.pixels.length; i += png.channels) seen.add((png.pixels[i] << 16) | (png.pixels[i + 1] << 8) | png.pixels[i + 2]);
  return seen;
}

/** Whether some color is within `tolerance` of `hex` (#rrggbb) in every channel. */
function hasColor(seen: ReadonlySet<number>, hex: string, tolerance = 3): boolean {
  const want = parseInt(hex.slice(1), 16);
  for (const c of seen) {
    if ([16, 8, 0].every((s) => Math.abs(((c >> s) & 0xff) - ((want >> s) & 0xff)) <= tolerance)) return true;
  }
  return false;
}

describeGated('SVG in headless Chromium', [chromium], () => {
  let dir: string;
  let shot: string;
  let run: ReturnType<typeof spawnSync>;
  let decoded: Png | undefined;
  /** The screenshot, decoded once for all tests. */
  const png = (): Png => (decoded ??= decodePng(fs.readFileSync(shot)));

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-svg-shot-'));
    shot = path.join(dir, 'topology.png');
    const svg = await topologySvg(exampleSites());
    const page = path.join(dir, 'topology.html');
    fs.writeFileSync(
      page,
      '<!doctype html>\n<html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{width:100vw;height:100vh}</style></head>\n' +
        `<body>\n${svg}</body></html>\n`,
    );
    run = spawnSync(
      findChromium()!, // the gate ran this group only because it is there
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        `--screenshot=${shot}`,
        `--window-size=${WIDTH},${HEIGHT}`,
        `file://${page}`,
      ],
      { encoding: 'utf8', timeout: 90_000 },
    );
  }, 120_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Chromium writes the screenshot', () => {
    expect({ exists: fs.existsSync(shot), status: run.status, error: run.error?.message }).toEqual({ exists: true, status: 0, error: undefined });
  });

  test('the PNG has the window size (IHDR)', () => {
    const { width, height } = png();
    expect([width, height]).toEqual([WIDTH, HEIGHT]);
  });

  test('the picture is not one flat color', () => {
    expect(colors(png()).size).toBeGreaterThan(50);
  });

  test('every kind of node shows in its fill color', () => {
    const seen = colors(png());
    const kinds = (['node-group', 'fabric', 'pool', 'tenant'] as const).filter((k) => !hasColor(seen, NODE_STYLE[k].fill));
    expect(kinds).toEqual([]);
  });
});
