import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const RULE = 'naming/azure-resource-name';
const withGroup = (resourceGroup: string, name = 'Contoso hub') => new DesignBuilder(name).deployment({ resourceGroup, location: 'westeurope' }).build();

describe('naming/azure-resource-name: the deployment resource group', () => {
  it('fires on an empty name, a name over 90 characters, a space or slash, and a final "."', () => {
    const cases: [string, string][] = [
      ['', 'it is empty'],
      ['r'.repeat(91), 'it has 91 characters (at most 90)'],
      ['rg hub', 'characters other than letters'],
      ['rg/hub', 'characters other than letters'],
      ['rg-hub.', 'it ends with "."'],
    ];
    for (const [name, problem] of cases) {
      const found = findings(withGroup(name), RULE);
      expect(found.map(summary), name).toEqual([{ severity: 'error', elementIds: [], detail: 'resource-group' }]);
      expect(found[0]!.message).toContain(problem);
      expect(found[0]!.data).toMatchObject({ kind: 'resourceGroup', name });
    }
  });

  it('offers an autofix that names the resource group after the design, which then passes', () => {
    const doc = withGroup('bad name', 'Contoso Hub (prod)');
    const [finding] = findings(doc, RULE);
    expect(finding!.fix!.hint).toContain('"rg-contoso-hub-prod"');
    const fixed = finding!.fix!.autofix!.apply(doc);
    expect(fixed.deployment).toEqual({ resourceGroup: 'rg-contoso-hub-prod', location: 'westeurope' });
    expect(doc.deployment.resourceGroup).toBe('bad name');
    expect(findings(fixed, RULE)).toEqual([]);
  });

  it('does not fire on names Azure takes: parentheses, periods inside, Unicode letters, exactly 90 characters', () => {
    for (const name of ['rg-hub_01', 'rg(prod).weu', 'rg-zürich-東京', 'r'.repeat(90), 'x']) expect(findings(withGroup(name), RULE), name).toEqual([]);
  });
});
