import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatJunit } from '../../../cli/format/junit';
import { validatePaths } from '../../../spec/validate';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);

describe('formatJunit', () => {
  test('is well-formed XML', () => {
    const xml = formatJunit(validatePaths(['test/fixtures/sites/two-problems.yaml', 'examples']), { strict: false, color: false, version: '0' });
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test('a site with errors is one failing test case', () => {
    const doc = parse(formatJunit(validatePaths(['test/fixtures/sites/two-problems.yaml']), { strict: false, color: false, version: '0' }));
    expect(doc.testsuites.failures).toBe('1');
    expect(doc.testsuites.testsuite.testcase.name).toBe('site broken-clinic');
    expect(doc.testsuites.testsuite.testcase.failure.type).toBe('AIS201');
  });

  test('clean sites are passing test cases, one per site', () => {
    const doc = parse(formatJunit(validatePaths(['examples']), { strict: false, color: false, version: '0' }));
    expect(doc.testsuites.tests).toBe('3');
    expect(doc.testsuites.failures).toBe('0');
  });

  test('warnings fail a test case only with strict', () => {
    const result = validatePaths(['examples/haenam-national-ai-center.yaml']);
    expect(parse(formatJunit(result, { strict: false, color: false, version: '0' })).testsuites.failures).toBe('0');
    expect(parse(formatJunit(result, { strict: true, color: false, version: '0' })).testsuites.failures).toBe('1');
  });
});

describe('formatJunit with suppressions', () => {
  const result = () => validatePaths(['test/fixtures/sites/accepted.yaml'], { today: '2027-01-01' });

  test('a site whose findings are all suppressed passes, even with strict', () => {
    const doc = parse(formatJunit(result(), { strict: true, color: false, version: '0' }));
    expect(doc.testsuites.failures).toBe('0');
    expect(doc.testsuites.testsuite.testcase.failure).toBeUndefined();
  });

  test('each suppressed finding is a property of its site test case, with the reason', () => {
    const xml = formatJunit(result(), { strict: false, color: false, version: '0' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const props = parse(xml).testsuites.testsuite.testcase.properties.property;
    expect(props.map((p: { name: string }) => p.name)).toEqual(['suppressed AIS201', 'suppressed AIS505']);
    expect(props[0].value).toMatch(
      /^test\/fixtures\/sites\/accepted\.yaml:19:22 error the draw of cabinet 'cab-a' .*; reason: the clinic's 5 kW feed is replaced by a 10 kW one in June 2027 \(until 2027-06-30\)$/,
    );
  });
});
