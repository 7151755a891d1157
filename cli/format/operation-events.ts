import type { OperationEvent } from '../../ops/events';
import { ownedElsewhereMessage } from '../../deploy/ownership';
import { describeBudget } from '../../spec/model/twin-budget';
import { describeDestroy } from './destroy';
import { describeSitePlan } from './plan';

/** Where rendered events go. */
export interface EventSink {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Renders one operation event as the CLI prints it. */
export function renderEvent(e: OperationEvent, sink: EventSink): void {
  switch (e.type) {
    case 'output':
      return sink.stdout(e.text);
    case 'notice':
      return sink.stderr(e.text);
    case 'warning': {
      const f = e.finding;
      return sink.stderr(`aisite: warning: ${f.location.file}:${f.location.line}:${f.location.column} ${f.code} ${f.message}\n`);
    }
    case 'budget':
      return sink.stdout(`twin on ${e.budget.host}: ${describeBudget(e.budget)} (${plural(e.budget.sites.length, 'site')})\n`);
    case 'site planned':
      return sink.stdout(`${e.site}: ${describeSitePlan(e.plan)}\n`);
    case 'site deployed':
      // One site says enough in its own lines; several get a running count.
      if (e.total > 1) sink.stdout(`[${e.done}/${e.total} sites, ${e.seconds.toFixed(1)}s] ${e.result.site}: ${e.result.outcome}\n`);
      return;
    case 'site destroyed':
      sink.stdout(`${e.target.name}: destroyed — ${describeDestroy(e.result, e.target.engines?.length ?? 1)}\n`);
      if (!e.withSpec)
        sink.stdout(
          `${e.target.name}: no spec given, so only the engine DOCKER_HOST points at was swept; cabinets on engines of their own (dockerHost) need the spec\n`,
        );
      if (e.result.foreign?.length) sink.stderr(`aisite: ${ownedElsewhereMessage(e.target.name, e.result.foreign, 'remove')}\n`);
      return;
    case 'lock found':
      if (e.backend === 'local')
        return sink.stdout(`${e.site}: local state — its lock is a file lock that ends with the process holding it; nothing to unlock\n`);
      if (!e.holders.length) return sink.stdout(`${e.site}: not locked\n`);
      for (const h of e.holders)
        sink.stdout(`${e.site}: locked by PostgreSQL session ${h.pid} (${h.application || 'no application name'}, from ${h.client}, since ${h.since})\n`);
      return;
    case 'unlocked':
      return sink.stdout(`${e.site}: unlocked (${plural(e.sessions, 'session')} ended)\n`);
  }
}
