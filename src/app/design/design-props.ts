import type { TopologyDocument } from '../../core/model/types';
import { resourceGroupProblem } from '../../core/rules/naming/resource-group';

/** The longest design name the document schema accepts. */
export const MAX_DESIGN_NAME = 200;

/** The design renamed (trimmed, cut to the schema's length); the same document when the name does not change. */
export function withDesignName(doc: TopologyDocument, name: string): TopologyDocument {
  const next = name.trim().slice(0, MAX_DESIGN_NAME);
  return next === doc.name ? doc : { ...doc, name: next };
}

/** Why the typed resource group cannot be deployed into (the naming rule's check), or undefined. */
export function checkResourceGroup(text: string): string | undefined {
  const name = text.trim();
  const problem = resourceGroupProblem(name);
  return problem ? `Azure does not take ${JSON.stringify(name)} as a resource group name: ${problem}.` : undefined;
}

/** Why the typed location is no region name, or undefined. */
export function checkLocation(text: string): string | undefined {
  return text.trim() ? undefined : 'Enter the Azure region to deploy into, e.g. westeurope.';
}

/** The design deployed into another resource group or location (trimmed); the same document when nothing changes. */
export function withDeployment(doc: TopologyDocument, change: { resourceGroup?: string; location?: string }): TopologyDocument {
  const next = {
    resourceGroup: change.resourceGroup?.trim() ?? doc.deployment.resourceGroup,
    location: change.location?.trim() ?? doc.deployment.location,
  };
  const same = next.resourceGroup === doc.deployment.resourceGroup && next.location === doc.deployment.location;
  return same ? doc : { ...doc, deployment: { ...doc.deployment, ...next } };
}
