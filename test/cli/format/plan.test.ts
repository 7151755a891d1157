import { describeSitePlan, LEFTOVERS_LISTED } from '../../../cli/format/plan';
import { SitePlan } from '../../../deploy/deploy';

const plan = (leftoverNames: string[]): SitePlan => ({
  add: 3,
  change: 0,
  remove: 0,
  changed: true,
  errors: [],
  interrupted: false,
  foreign: [],
  leftovers: [],
  leftoverNames,
});

test("no leftovers: Terraform's counts alone", () => {
  expect(describeSitePlan(plan([]))).toBe('3 to add, 0 to change, 0 to destroy');
});

test('a few leftovers are named', () => {
  expect(describeSitePlan(plan(['clinic-controller', 'clinic-compute']))).toBe(
    "3 to add, 0 to change, 0 to destroy; 2 leftover objects of this state not in Terraform's state to remove (clinic-controller, clinic-compute)",
  );
});

test('many leftovers: the count is whole, the names stop at LEFTOVERS_LISTED', () => {
  const names = Array.from({ length: 250 }, (_, i) => `clinic-node-${i}`);
  const line = describeSitePlan(plan(names));
  expect(line).toContain('; 250 leftover objects of');
  expect(line).toContain(`clinic-node-${LEFTOVERS_LISTED - 1}, and ${250 - LEFTOVERS_LISTED} more)`);
  expect(line).not.toContain(`clinic-node-${LEFTOVERS_LISTED},`);
});
