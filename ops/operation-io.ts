import { OperationIo } from '../deploy/deploy';
import { lockTimeoutEnv } from '../deploy/terraform';
import { OperationHooks } from './events';

/**
 * The deploy layer's io for an operation: its text goes out as `output` (stdout) and
 * `notice` (stderr) events; a lock timeout reaches Terraform through its environment.
 */
export function operationIo(hooks: OperationHooks, lockTimeoutSeconds = 0): OperationIo {
  return {
    out: (text) => hooks.onUpdate({ type: 'output', text }),
    err: (text) => hooks.onUpdate({ type: 'notice', text }),
    isTTY: hooks.isTTY,
    env: { ...hooks.env, ...lockTimeoutEnv(lockTimeoutSeconds) },
    confirm: hooks.confirm,
  };
}
