import { countFindings, failsValidation, Finding, Severity, sortFindings } from '../../spec/findings';

function finding(file: string, line: number, column: number, code: string, severity: Severity = 'error'): Finding {
  return { code, rule: 'r', severity, message: 'm', location: { file, line, column } };
}

test('sortFindings orders by file, line, column, severity, then code', () => {
  const list = [
    finding('b.yaml', 1, 1, 'AIS100'),
    finding('a.yaml', 9, 1, 'AIS201'),
    finding('a.yaml', 2, 5, 'AIS302'),
    finding('a.yaml', 2, 5, 'AIS301', 'warning'),
    finding('a.yaml', 2, 5, 'AIS303'),
    finding('a.yaml', 2, 1, 'AIS999'),
  ];
  expect(sortFindings(list).map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.code}`)).toEqual([
    'a.yaml:2:1 AIS999',
    'a.yaml:2:5 AIS302',
    'a.yaml:2:5 AIS303',
    'a.yaml:2:5 AIS301',
    'a.yaml:9:1 AIS201',
    'b.yaml:1:1 AIS100',
  ]);
});

test('sortFindings does not modify its input', () => {
  const list = [finding('b.yaml', 1, 1, 'AIS100'), finding('a.yaml', 1, 1, 'AIS100')];
  sortFindings(list);
  expect(list[0].location.file).toBe('b.yaml');
});

test('countFindings counts per severity', () => {
  expect(countFindings([finding('a', 1, 1, 'A', 'error'), finding('a', 1, 1, 'B', 'info'), finding('a', 1, 1, 'C', 'info')])).toEqual({
    error: 1,
    warning: 0,
    info: 2,
  });
});

test('failsValidation fails on errors always, on warnings only when strict, never on info', () => {
  const warning = [finding('a', 1, 1, 'W', 'warning')];
  expect(failsValidation([finding('a', 1, 1, 'E')], false)).toBe(true);
  expect(failsValidation(warning, false)).toBe(false);
  expect(failsValidation(warning, true)).toBe(true);
  expect(failsValidation([finding('a', 1, 1, 'I', 'info')], true)).toBe(false);
});
