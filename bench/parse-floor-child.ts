import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';

/**
 * The floor of `aisite validate` on a folder: read every YAML file in it and parse it with
 * js-yaml, nothing else. Prints its figures as JSON, like the other bench children.
 */
function child(): void {
  const dir = process.argv[2];
  let docs = 0;
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    if (load(fs.readFileSync(path.join(dir, f), 'utf8')) !== undefined) docs++;
  }
  process.stdout.write(JSON.stringify({ docs, msSinceStart: performance.now(), maxRssMb: process.resourceUsage().maxRSS / 1024, jsonBytes: 0 }) + '\n');
}

child();
