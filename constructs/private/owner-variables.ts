import { TerraformStack, TerraformVariable } from 'cdktf';
import { IConstruct } from 'constructs';
import { OWNER_VARIABLES } from '../../spec/model/docker-names';

/**
 * Declares, once per stack, the variables the owner labels read (see dockerLabels).
 * aisite's operations set them (TF_VAR_aisite_owner, TF_VAR_aisite_owner_state); a stack
 * applied by hand gets the empty defaults, which aisite treats as owned by nobody it knows.
 */
export function ensureOwnerVariables(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  const declare = (id: string, description: string) => {
    if (!stack.node.tryFindChild(id)) new TerraformVariable(stack, id, { type: 'string', default: '', description });
  };
  declare(OWNER_VARIABLES.id, 'Id of the Terraform state that owns this site (set by aisite)');
  declare(OWNER_VARIABLES.state, 'Where that state lives (set by aisite)');
}
