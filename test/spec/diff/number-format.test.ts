import { MINUS, percent, plainNumber, signedNumber, signedPoints } from '../../../spec/diff/number-format';

describe('number format', () => {
  test('a positive change has a plus sign and thousands separators', () => {
    expect(signedNumber(1024)).toBe('+1,024');
  });

  test('a negative change has the minus sign U+2212, not a hyphen', () => {
    expect(signedNumber(-8)).toBe(`${MINUS}8`);
    expect(MINUS).toBe('\u2212');
  });

  test('no change is ±0', () => {
    expect(signedNumber(0)).toBe('±0');
  });

  test('a change that rounds to nothing is ±0, not a signed zero', () => {
    expect(signedNumber(-0.0001)).toBe('±0');
  });

  test('fractions keep at most three digits', () => {
    expect(signedNumber(1305.6)).toBe('+1,305.6');
    expect(plainNumber(1.23456)).toBe('1.235');
  });

  test('a plain negative number uses the same minus sign', () => {
    expect(plainNumber(-1500)).toBe(`${MINUS}1,500`);
  });

  test('a share is a percentage with one decimal', () => {
    expect(percent(0.4848)).toBe('48.5%');
  });

  test('a change of a share is in signed percentage points', () => {
    expect(signedPoints(-0.0152)).toBe(`${MINUS}1.5 pp`);
    expect(signedPoints(0.023)).toBe('+2.3 pp');
    expect(signedPoints(0)).toBe('±0 pp');
  });
});

describe('plainNumber', () => {
  test('groups every three digits of large numbers', () => {
    expect(plainNumber(1234567.5)).toBe('1,234,567.5');
  });

  test('keeps zeros inside the whole part', () => {
    expect(plainNumber(1000)).toBe('1,000');
    expect(plainNumber(100)).toBe('100');
  });

  test('agrees with en-US toLocaleString on whole and fractional numbers', () => {
    for (const n of [0, 7, 999, 1000, 33177.6, 16203.776, 0.069, 65536, 1e9 + 0.5]) {
      expect(plainNumber(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 3 }));
    }
  });
});
