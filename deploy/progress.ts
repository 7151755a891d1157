import { TerraformMessage } from './terraform';

export interface ProgressSink {
  readonly write: (text: string) => void;
  /** A terminal: one redrawn bar. Otherwise: plain lines (CI logs). */
  readonly isTTY: boolean;
  /** Clock, for tests. @default Date.now */
  readonly now?: () => number;
}

const PAST: Record<string, string> = { create: 'created', update: 'updated', delete: 'destroyed', replace: 'replaced', read: 'read', noop: 'unchanged' };
const PRESENT: Record<string, string> = {
  create: 'creating',
  update: 'updating',
  delete: 'destroying',
  replace: 'replacing',
  read: 'reading',
  noop: 'checking',
};

/**
 * Turns Terraform's `-json` apply stream into progress: resources done of total, the
 * current action and the elapsed time — a bar on a terminal, plain lines in CI.
 */
export class ApplyProgress {
  private done = 0;
  private failed = 0;
  private planned = 0;
  private current = '';
  private readonly started: number;
  private readonly now: () => number;
  private lastDraw = 0;

  constructor(
    private readonly sink: ProgressSink,
    private readonly label: string,
    private total: number,
  ) {
    this.now = sink.now ?? Date.now;
    this.started = this.now();
  }

  /** Feed one Terraform message. */
  onMessage(m: TerraformMessage): void {
    const addr = m.hook?.resource?.addr ?? '';
    const action = m.hook?.action ?? '';
    switch (m.type) {
      case 'planned_change':
        // A destroy (or an apply that plans first) announces each change: count them.
        this.planned++;
        this.total = Math.max(this.total, this.planned);
        break;
      case 'change_summary':
        if (m.changes && m.changes.operation !== 'plan') this.total = Math.max(this.total, m.changes.add + m.changes.change + m.changes.remove);
        break;
      case 'apply_start':
        this.current = `${PRESENT[action] ?? action} ${addr}`;
        this.draw(false);
        break;
      case 'apply_progress':
        this.draw(false);
        break;
      case 'apply_complete':
        this.done++;
        this.current = `${PAST[action] ?? action} ${addr}`;
        if (!this.sink.isTTY) this.line(`${PAST[action] ?? action} ${addr}`);
        this.draw(false);
        break;
      case 'apply_errored':
        this.failed++;
        this.current = `failed ${addr}`;
        this.line(`failed ${addr}${m.hook?.error ? `: ${m.hook.error}` : ''}`);
        break;
    }
  }

  /** Ends the bar (a final line on a terminal). */
  finish(outcome: string): void {
    if (this.sink.isTTY) this.sink.write(`\r\u001b[2K`);
    this.sink.write(`${this.label}: ${outcome} (${this.done}/${this.total} resources, ${this.elapsed()})\n`);
  }

  private line(text: string): void {
    if (this.sink.isTTY) this.sink.write(`\r\u001b[2K`);
    this.sink.write(`  ${text} (${this.done}/${this.total}, ${this.elapsed()})\n`);
  }

  private draw(force: boolean): void {
    if (!this.sink.isTTY) return;
    const t = this.now();
    if (!force && t - this.lastDraw < 80) return;
    this.lastDraw = t;
    const width = 24;
    const filled = this.total ? Math.round((this.done / this.total) * width) : 0;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const cur = this.current.length > 60 ? this.current.slice(0, 57) + '...' : this.current;
    this.sink.write(`\r\u001b[2K${this.label} ${bar} ${this.done}/${this.total} ${this.elapsed()} ${cur}`);
  }

  private elapsed(): string {
    const s = Math.round((this.now() - this.started) / 100) / 10;
    return s < 60 ? `${s.toFixed(1)}s` : `${Math.floor(s / 60)}m${Math.round(s % 60)}s`;
  }

  get completed(): number {
    return this.done;
  }

  get errors(): number {
    return this.failed;
  }
}
