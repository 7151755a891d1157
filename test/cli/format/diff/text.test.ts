import { diffText } from '../../../../cli/format/diff/text';

describe('diffText', () => {
  test('a folded part is a sub-section with its summary as the heading', () => {
    const text = diffText([{ type: 'details', summary: 'Fabrics (1)', blocks: [{ type: 'table', columns: [{ title: 'fabric' }], rows: [['gpu-compute']] }] }]);
    expect(text).toBe('\nFabrics (1):\n\n  fabric\n  -----------\n  gpu-compute\n');
  });

  test('numbers are right-aligned in their columns', () => {
    const text = diffText([
      {
        type: 'table',
        columns: [{ title: 'x' }, { title: 'change', numeric: true }],
        rows: [
          ['a', '+1,024'],
          ['b', '−8'],
        ],
      },
    ]);
    expect(text.split('\n')).toContain('  b      −8');
  });
});
