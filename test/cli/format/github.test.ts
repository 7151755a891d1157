import { formatGithubAnnotations } from '../../../cli/format/github';
import { Finding } from '../../../spec/findings';

const finding: Finding = {
  code: 'AIS201',
  rule: 'cabinet-power-budget',
  severity: 'warning',
  message: 'a, b: 100%\nnext',
  location: { file: 'sites/a,b.yaml', line: 3, column: 5 },
};

describe('formatGithubAnnotations', () => {
  test('escapes data and properties per the workflow command rules', () => {
    expect(formatGithubAnnotations([finding])).toBe('::warning file=sites/a%2Cb.yaml,line=3,col=5,title=AIS201 cabinet-power-budget::a, b: 100%25%0Anext\n');
  });

  test('info findings become notices', () => {
    expect(formatGithubAnnotations([{ ...finding, severity: 'info' }])).toMatch(/^::notice /);
  });
});

describe('formatGithubAnnotations with suppressed findings', () => {
  const suppressed = {
    ...finding,
    message: 'over budget',
    suppression: { reason: 'new feed in June', location: { file: 'sites/a.yaml', line: 2, column: 3 }, path: '/metadata/suppressions/0' },
  };

  test('they are notices that name the reason', () => {
    expect(formatGithubAnnotations([], [suppressed])).toBe(
      '::notice file=sites/a%2Cb.yaml,line=3,col=5,title=AIS201 cabinet-power-budget (suppressed)::over budget. Suppressed: new feed in June\n',
    );
  });

  test('they come after the findings that count', () => {
    expect(
      formatGithubAnnotations([finding], [suppressed])
        .split('\n')
        .map((l) => l.slice(0, 9)),
    ).toEqual(['::warning', '::notice ', '']);
  });
});
