import fc from 'fast-check';
import { Catalog } from '../../spec/catalog/catalog';
import { didYouMean, editDistance, suggestion } from '../../spec/did-you-mean';

describe('editDistance', () => {
  test.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['furiosa-rngb', 'furiosa-rngd', 1],
  ])('%p to %p is %p', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test('property: symmetric, zero only for equal strings, at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: 7 },
    );
  });
});

describe('didYouMean', () => {
  const ids = Catalog.builtin().acceleratorIds();

  test('suggests the catalog id one typo away', () => {
    expect(didYouMean('furiosa-rngb', ids)).toBe('furiosa-rngd');
    expect(didYouMean('nvidia-h100-sxn', ids)).toBe('nvidia-h100-sxm');
  });

  test('matches case-insensitively', () => {
    expect(didYouMean('microdatacenter', ['MicroDataCenter', 'NationalAiCenter'])).toBe('MicroDataCenter');
  });

  test('treats a prefix as a near match', () => {
    expect(didYouMean('rebellions-rebel', ids)).toBe('rebellions-rebel-quad');
  });

  test('prefers a prefix to another candidate just as many edits away', () => {
    // 'rebellions-rebel' is 5 edits from both 'rebellions-atom' and 'rebellions-rebel-quad'
    expect(didYouMean('rebellions-rebel', ['rebellions-atom', 'rebellions-rebel-quad'])).toBe('rebellions-rebel-quad');
  });

  test('ranks by edits first: a one-letter slip beats a prefix many letters shorter', () => {
    expect(didYouMean('acceleratorPerNode', ['name', 'count', 'accelerator', 'acceleratorsPerNode', 'serverProfile'])).toBe('acceleratorsPerNode');
    expect(didYouMean('acceleratorPerNode', ['acceleratorsPerNode', 'accelerator'])).toBe('acceleratorsPerNode');
  });

  test('a prefix far beyond the edit limit is still suggested when nothing is closer', () => {
    // 'nvidia' is 9 edits from 'nvidia-h100-sxm', over the limit of 5 for 15 letters
    expect(didYouMean('nvidia', ['nvidia-h100-sxm', 'samsung-hbm-pim'])).toBe('nvidia-h100-sxm');
    expect(didYouMean('furiosa-rngd-with-a-long-suffix', ['furiosa-rngd'])).toBe('furiosa-rngd');
    // among prefixes, the one fewest edits away
    expect(didYouMean('nvidia-h', ['nvidia-h100-pcie', 'nvidia-h100-sxm'])).toBe('nvidia-h100-sxm');
  });

  test('suggests nothing for a far-off name', () => {
    expect(didYouMean('acme-xpu', ids)).toBeUndefined();
  });

  test('suggests nothing without candidates', () => {
    expect(didYouMean('anything', [])).toBeUndefined();
  });

  test('allows edits up to a third of the longer name', () => {
    expect(didYouMean('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz'); // 3 edits, 9 / 3 = 3
    expect(didYouMean('abcdefghi', ['abcdewxyz'])).toBeUndefined(); // 4 edits
  });

  test('breaks ties alphabetically, whatever the candidate order', () => {
    expect(didYouMean('ab', ['ac', 'aa'])).toBe('aa');
    expect(didYouMean('ab', ['aa', 'ac'])).toBe('aa');
  });
});

describe('suggestion', () => {
  test('formats a sentence to append to a message', () => {
    expect(suggestion('inferense', ['inference', 'training'])).toBe(" Did you mean 'inference'?");
  });

  test('is empty when nothing is close', () => {
    expect(suggestion('zzz-unrelated', ['inference', 'training'])).toBe('');
  });
});
