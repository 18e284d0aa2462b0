import { MAX_RESOURCE_GROUP_LENGTH, resourceGroupNameFor } from '../../model/deployment';
import type { TopologyDocument } from '../../model/types';
import type { Finding } from '../types';

/**
 * Azure's resource group names (Microsoft.Resources/resourceGroups): 1–90 characters of letters (any
 * script), digits, "_", "-", ".", "(" and ")", not ending in ".".
 */
const RESOURCE_GROUP = /^[\p{L}\p{N}_().-]+$/u;

/** Why Azure refuses the resource group name (e.g. "it ends with \".\""), or undefined when it takes it. */
export function resourceGroupProblem(name: string): string | undefined {
  const length = Array.from(name).length;
  if (length === 0) return 'it is empty';
  if (length > MAX_RESOURCE_GROUP_LENGTH) return `it has ${length} characters (at most ${MAX_RESOURCE_GROUP_LENGTH})`;
  if (!RESOURCE_GROUP.test(name)) return 'it holds characters other than letters, digits, "_", "-", ".", "(" and ")"';
  if (name.endsWith('.')) return 'it ends with "."';
  return undefined;
}

/** The design's deployment resource group, checked like the resources' names; the fix names it after the design. */
export function* resourceGroupProblems(doc: TopologyDocument): Generator<Finding> {
  const name = doc.deployment.resourceGroup;
  const problem = resourceGroupProblem(name);
  if (!problem) return;
  const suggestion = resourceGroupNameFor(doc.name);
  yield {
    elementIds: [],
    message: `The design's resource group ${JSON.stringify(name)} is not a name Azure takes: ${problem}.`,
    detail: 'resource-group',
    data: { kind: 'resourceGroup', name, resource: 'Microsoft.Resources/resourceGroups' },
    fix: {
      hint: `Use 1–${MAX_RESOURCE_GROUP_LENGTH} letters, digits, "_", "-", ".", "(" or ")", not ending in ".". For example ${JSON.stringify(suggestion)}.`,
      autofix: {
        label: `Deploy into resource group ${JSON.stringify(suggestion)}`,
        apply: (d) => ({ ...d, deployment: { ...d.deployment, resourceGroup: suggestion } }),
      },
    },
  };
}
