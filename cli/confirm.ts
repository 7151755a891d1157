import * as readline from 'readline';
import { UsageError } from '../spec/errors';

/**
 * Asks a yes/no question on the terminal. Without a terminal there is nobody to ask:
 * that is a usage error naming --auto-approve.
 */
export function terminalConfirm(stdinIsTTY: boolean): (question: string) => Promise<boolean> {
  return async (question) => {
    if (!stdinIsTTY) throw new UsageError(`${question.replace(/\?$/, '')}: confirmation needed but stdin is not a terminal; pass --auto-approve`);
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    try {
      const answer = await new Promise<string>((resolve) => rl.question(`${question} Only 'yes' will be accepted: `, resolve));
      return answer.trim() === 'yes';
    } finally {
      rl.close();
    }
  };
}
