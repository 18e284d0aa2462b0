/**
 * The deployment target of a design (schema version 2): the resource group its template is deployed
 * into, and the region of resources that belong to no VNet.
 */

/** Azure's longest resource group name. */
export const MAX_RESOURCE_GROUP_LENGTH = 90;
const PREFIX = 'rg-';

/**
 * A resource group name made from a design name, the way teams usually name them: `rg-` and the name
 * in lower case, accents dropped, every run of other characters as one "-". Always a name Azure takes.
 */
export function resourceGroupNameFor(designName: string): string {
  const slug = designName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_RESOURCE_GROUP_LENGTH - PREFIX.length)
    .replace(/^-+|-+$/g, '');
  return PREFIX + (slug || 'vpn-design');
}

/** The target of a new design, and of a file that leaves it out. */
export const DEFAULT_DEPLOYMENT = Object.freeze({ resourceGroup: resourceGroupNameFor('Untitled design'), location: 'westeurope' });
