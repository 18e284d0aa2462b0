import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../core/testing/builders';
import { checkLocation, checkResourceGroup, MAX_DESIGN_NAME, withDeployment, withDesignName } from './design-props';

const doc = new DesignBuilder('Contoso hub').deployment({ resourceGroup: 'rg-contoso', location: 'westeurope' }).build();

describe('withDesignName', () => {
  it('trims and cuts the name to the schema length, and keeps the document when the name is the same', () => {
    expect(withDesignName(doc, '  Fabrikam  ').name).toBe('Fabrikam');
    expect(withDesignName(doc, 'x'.repeat(MAX_DESIGN_NAME + 5)).name).toHaveLength(MAX_DESIGN_NAME);
    expect(withDesignName(doc, ' Contoso hub ')).toBe(doc);
  });
});

describe('checkResourceGroup', () => {
  it('accepts names Azure takes, surrounding spaces aside', () => {
    expect(checkResourceGroup('rg-hub_(prod).1')).toBeUndefined();
    expect(checkResourceGroup('  rg-hub ')).toBeUndefined();
  });

  it("says why Azure refuses a name, in the naming rule's words", () => {
    expect(checkResourceGroup('')).toBe('Azure does not take "" as a resource group name: it is empty.');
    expect(checkResourceGroup('rg hub')).toContain('characters other than letters');
    expect(checkResourceGroup('rg-hub.')).toContain('it ends with "."');
    expect(checkResourceGroup('r'.repeat(91))).toContain('91 characters (at most 90)');
  });
});

describe('checkLocation', () => {
  it('asks for a region when the text is blank', () => {
    expect(checkLocation('northeurope')).toBeUndefined();
    expect(checkLocation('   ')).toContain('Enter the Azure region');
  });
});

describe('withDeployment', () => {
  it('changes one part of the target, trimmed, and keeps the document when nothing changes', () => {
    expect(withDeployment(doc, { resourceGroup: ' rg-new ' }).deployment).toEqual({ resourceGroup: 'rg-new', location: 'westeurope' });
    expect(withDeployment(doc, { location: 'northeurope ' }).deployment).toEqual({ resourceGroup: 'rg-contoso', location: 'northeurope' });
    expect(withDeployment(doc, { location: 'westeurope' })).toBe(doc);
  });
});
