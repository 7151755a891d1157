/**
 * C0 and C1 control characters (ESC, CSI, BEL, backspace, carriage return, newline, …)
 * and DEL: in a value a user gave, they could move the cursor, recolor or retitle the
 * terminal, or forge a line of output.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A user-given value made safe to print on a terminal: every control character becomes a
 * visible escape (`\x1b`, `\x9b`, `\n`, …); everything else is kept as it is.
 */
export function printable(s: string): string {
  return s.replace(CONTROL, (ch) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
