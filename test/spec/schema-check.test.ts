import { aOrAn, describe as describeValue, humanPath, SITE_SCHEMA } from '../../spec/schema-check';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../helpers/site-fixture';

/** Loose access for writing values the schema (and the generated types) forbid. */
type Loose = Record<string, unknown>;

test('the fixture site passes the schema and every rule', () => {
  expect(validateYaml(mdcSite())).toEqual([]);
});

describe('AIS100 document-kind', () => {
  test('a misspelt kind is an error at the kind value, with a did-you-mean', () => {
    const site = mdcSite() as unknown as Loose;
    site.kind = 'MicroDataCentre';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS100');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('document-kind');
    expect(f.location).toMatchObject(positionOf(src, 'kind: MicroDataCentre', 'MicroDataCentre'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toContain("Did you mean 'MicroDataCenter'?");
  });

  test('an unknown apiVersion is an error at the apiVersion value', () => {
    const site = mdcSite() as unknown as Loose;
    site.apiVersion = 'aisite.dev/v1';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS100');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'apiVersion: aisite.dev/v1', 'aisite.dev/v1'));
    expect(f.message).toBe("apiVersion must be 'aisite.dev/v1alpha1', but 'aisite.dev/v1' was given");
  });

  test('kind NationalAiCenter is a known kind', () => {
    const site = mdcSite();
    site.kind = 'NationalAiCenter';
    expect(codes(validateYaml(site))).not.toContain('AIS100');
  });
});

describe('AIS101 schema-type', () => {
  test('a quoted number is an error at the value', () => {
    const site = mdcSite();
    (site.spec.cabinets[0] as unknown as Loose).rackUnits = '42';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS101');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'rackUnits: "42"', '"42"'));
    expect(f.message).toBe("spec.cabinets[0].rackUnits must be a whole number, but '42' was given");
  });

  test('a plain number is accepted', () => {
    const site = mdcSite();
    site.spec.cabinets[0].rackUnits = 48;
    expect(codes(validateYaml(site))).not.toContain('AIS101');
  });
});

describe('AIS102 schema-required', () => {
  test('a missing required field is an error at the entry that lacks it', () => {
    const site = mdcSite();
    delete (site.spec.cabinets[0] as unknown as Loose).cooling;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS102');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, '- name: cab-a', 'name'));
    expect(f.message).toBe("spec.cabinets[0] must be given a 'cooling' field, but none was given");
    expect(f.fix).toContain('`cooling:`');
  });

  test('a missing field that starts with a vowel takes "an"', () => {
    const site = mdcSite();
    delete (site.spec.cabinets[0].nodeGroups[0] as unknown as Loose).acceleratorsPerNode;
    const f = only(validateYaml(site), 'AIS102');
    expect(f.message).toBe("spec.cabinets[0].nodeGroups[0] must be given an 'acceleratorsPerNode' field, but none was given");
  });

  test('an omitted optional field (cabinet count) is not required', () => {
    const site = mdcSite();
    delete site.spec.cabinets[0].count;
    expect(codes(validateYaml(site))).not.toContain('AIS102');
  });
});

describe('AIS103 schema-unknown-field', () => {
  test('a misspelt field is an error at its key, with a did-you-mean', () => {
    const site = mdcSite();
    (site.spec.cabinets[0].nodeGroups[0] as unknown as Loose).rackUnitsPerNod = 4;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS103');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'rackUnitsPerNod: 4', 'rackUnitsPerNod'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toContain("Did you mean 'rackUnitsPerNode'?");
  });

  test('a field missing one letter is matched to the field, not to a shorter prefix of it', () => {
    const site = mdcSite();
    const g = site.spec.cabinets[0].nodeGroups[0] as unknown as Loose;
    g.acceleratorPerNode = g.acceleratorsPerNode;
    delete g.acceleratorsPerNode;
    const f = only(validateYaml(site), 'AIS103');
    expect(f.message).toContain("but 'acceleratorPerNode' was given. Did you mean 'acceleratorsPerNode'?");
  });

  test('the correctly spelt field is known', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].rackUnitsPerNode = 4;
    expect(codes(validateYaml(site))).not.toContain('AIS103');
  });
});

describe('AIS104 schema-enum', () => {
  test('an enum typo is an error at the value, with a did-you-mean', () => {
    const site = mdcSite();
    (site.spec.cabinets[0] as unknown as Loose).cooling = 'imersion';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS104');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'cooling: imersion', 'imersion'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toContain("Did you mean 'immersion'?");
  });

  test('an allowed value is accepted', () => {
    const site = mdcSite();
    site.spec.cabinets[0].cooling = 'immersion';
    expect(codes(validateYaml(site))).not.toContain('AIS104');
  });
});

describe('AIS105 schema-range', () => {
  test('a number below its minimum is an error at the value', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].count = 0;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS105');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'count: 0', '0'));
    expect(f.message).toBe('spec.cabinets[0].nodeGroups[0].count must be at least 1, but 0 was given');
  });

  test('the minimum itself is in range', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].count = 1;
    expect(codes(validateYaml(site))).not.toContain('AIS105');
  });
});

describe('AIS106 schema-format', () => {
  test('a prefix beyond /32 is not CIDR: an error at the subnet value', () => {
    const site = mdcSite();
    site.spec.fabrics![0].subnet = '10.40.0.0/33';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS106');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'subnet: 10.40.0.0/33', '10.40.0.0/33'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toContain('an IPv4 network in CIDR notation');
  });

  test('a site name that is not a DNS label is an error at the name', () => {
    const site = mdcSite('Test_Site');
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS106');
    expect(f.location).toMatchObject(positionOf(src, 'name: Test_Site', 'Test_Site'));
    expect(f.message).toContain('a DNS label');
  });

  test('a label key that is not a lowercase name is one error, at that key', () => {
    const site = mdcSite();
    site.metadata.labels = { tier: 'edge', Sector_X: 'healthcare' };
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS106');
    expect(f.location).toMatchObject(positionOf(src, 'Sector_X: healthcare', 'Sector_X'));
    expect(f.message).toBe("label keys of metadata.labels must be lowercase names of letters, digits, -, _ and ., but 'Sector_X' was given");
  });

  test('a well-formed subnet, name and label keys are accepted', () => {
    const site = mdcSite('daejeon-hospital-02');
    site.spec.fabrics![0].subnet = '10.40.0.0/22';
    site.metadata.labels = { tier: 'edge', 'aisite.dev_sector-1': 'healthcare' };
    expect(codes(validateYaml(site))).not.toContain('AIS106');
  });
});

describe('AIS107 schema-size', () => {
  test('an empty nodeGroups list is an error at the list', () => {
    const site = mdcSite();
    (site.spec.cabinets[0] as unknown as Loose).nodeGroups = [];
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS107');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'nodeGroups: []', '[]'));
    expect(f.message).toBe('spec.cabinets[0].nodeGroups must be at least 1 entries long, but 0 entries were given');
  });

  test('one node group is enough', () => {
    expect(codes(validateYaml(mdcSite()))).not.toContain('AIS107');
  });
});

describe('AIS199 schema-other', () => {
  /** Keywords toFinding maps to a specific code (AIS100-AIS107) or that never fail by themselves. */
  const MAPPED = new Set([
    'type',
    'required',
    'additionalProperties',
    'enum',
    'const',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'pattern',
    'minItems',
    'maxItems',
    'minLength',
    'maxLength',
    'propertyNames',
    // structure and annotations: errors come from the subschemas, or never
    'properties',
    'definitions',
    'items',
    '$ref',
    'if',
    'then',
    'else',
    '$schema',
    '$id',
    'title',
    'description',
    'default',
  ]);

  function keywords(schema: unknown, out = new Set<string>()): Set<string> {
    if (typeof schema !== 'object' || schema === null) return out;
    for (const [k, v] of Object.entries(schema)) {
      out.add(k);
      if (k === 'properties' || k === 'definitions') for (const sub of Object.values(v as object)) keywords(sub, out);
      else if (['items', 'additionalProperties', 'propertyNames', 'if', 'then', 'else', 'not'].includes(k)) keywords(v, out);
      else if (['anyOf', 'allOf', 'oneOf'].includes(k)) for (const sub of v as unknown[]) keywords(sub, out);
    }
    return out;
  }

  test('every keyword the schema uses maps to a specific code, so AIS199 stays a fallback', () => {
    const unmapped = [...keywords(SITE_SCHEMA)].filter((k) => !MAPPED.has(k));
    expect(unmapped).toEqual([]);
  });

  test('a document with many schema errors reports none as AIS199', () => {
    const site = mdcSite() as unknown as Loose;
    site.extra = true;
    delete (site.metadata as Loose).name;
    (site.spec as Loose).airGapped = 'yes';
    const findings = validateYaml(site);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(codes(findings)).not.toContain('AIS199');
  });
});

describe('helpers', () => {
  test('humanPath turns a JSON pointer into a dotted path with indices', () => {
    expect(humanPath('/spec/cabinets/0/nodeGroups/1')).toBe('spec.cabinets[0].nodeGroups[1]');
    expect(humanPath('')).toBe('the document');
    expect(humanPath('/metadata/labels/a~1b')).toBe('metadata.labels.a/b');
  });

  test('describe names the given value briefly', () => {
    expect(describeValue(null)).toBe('nothing (null)');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({})).toBe('a mapping');
    expect(describeValue('x'.repeat(50))).toBe(`'${'x'.repeat(37)}...'`);
    expect(describeValue(4)).toBe('4');
  });

  test('a document that is not a mapping is AIS101 at line 1', () => {
    const f = only(validateYaml({ file: 'list.yaml', text: '- a\n- b\n' }), 'AIS101');
    expect(f.location).toMatchObject({ file: 'list.yaml', line: 1, column: 1 });
    expect(f.message).toBe('a document must be a mapping with apiVersion, kind, metadata and spec, but a list of 2 was given');
  });
});

describe('aOrAn', () => {
  test.each([
    ['acceleratorsPerNode', 'an'],
    ['Integer', 'an'],
    ['cooling', 'a'],
    ['string', 'a'],
  ])('%p takes %p', (word, article) => {
    expect(aOrAn(word)).toBe(article);
  });
});
