import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeNationalSet } from './national-set';

/**
 * `npm run bench`: prints figures for the targets in the issues. Not a test: it never
 * fails on a slow machine, it reports. Each figure is the median of RUNS fresh processes.
 */
const RUNS = 5;

interface Figure {
  readonly name: string;
  readonly value: string;
  readonly target: string;
  readonly ok: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function benchValidate(figures: Figure[]): void {
  const dir = writeNationalSet(200);
  try {
    const files = fs.readdirSync(dir).length;
    const walls: number[] = [];
    const rss: number[] = [];
    let last: { sites: number; errors: number; warnings: number } | undefined;
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [path.join(__dirname, 'validate-child.js'), dir], { encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`validate child failed (${r.status}): ${r.stderr}${r.stdout}`);
      last = JSON.parse(r.stdout) as { sites: number; errors: number; warnings: number; maxRssMb: number };
      walls.push(wall);
      rss.push((last as unknown as { maxRssMb: number }).maxRssMb);
    }
    console.log(`validate: national-scale set, ${files} files, ${last?.sites} sites (32,768-accelerator center + 200 MDCs), ${last?.errors} errors, ${last?.warnings} warnings`);
    const wall = median(walls);
    figures.push({ name: 'validate wall (whole CLI process)', value: `${wall.toFixed(0)} ms`, target: '<= 1000 ms', ok: wall <= 1000 });
    figures.push({ name: 'validate peak RSS', value: `${median(rss).toFixed(0)} MB`, target: '(reported)', ok: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const figures: Figure[] = [];
  console.log(`aisite bench on ${require('os').cpus().length} cores, node ${process.version}; medians of ${RUNS} runs\n`);
  benchValidate(figures);
  console.log('');
  const w = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) console.log(`${f.name.padEnd(w)}  ${f.value.padStart(10)}  target ${f.target.padEnd(12)} ${f.ok ? 'ok' : 'MISSED'}`);
}

main();
