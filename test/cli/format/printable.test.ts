import { printable } from '../../../cli/format/printable';

describe('printable', () => {
  test('a terminal escape sequence is shown, not run', () => {
    expect(printable('evil\u001b[31mRED\u001b[0m')).toBe('evil\\x1b[31mRED\\x1b[0m');
  });

  test('C1 controls (the one-byte CSI), DEL and BEL too', () => {
    expect(printable('a\u009b2Jb\u007fc\u0007')).toBe('a\\x9b2Jb\\x7fc\\x07');
  });

  test('a newline or carriage return cannot forge a line of output', () => {
    expect(printable('x\n✔ all valid\r')).toBe('x\\n✔ all valid\\r');
  });

  test('everything printable, Korean and emoji included, is kept', () => {
    expect(printable('대전 병원 — ok ✔ 🚀')).toBe('대전 병원 — ok ✔ 🚀');
  });
});
