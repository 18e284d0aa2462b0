import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOYMENT, MAX_RESOURCE_GROUP_LENGTH, resourceGroupNameFor } from './deployment';

describe('resourceGroupNameFor', () => {
  it('lower-cases the design name and joins its words with "-" after "rg-"', () => {
    expect(resourceGroupNameFor('Hub with two branches and P2S')).toBe('rg-hub-with-two-branches-and-p2s');
    expect(resourceGroupNameFor('VNet-to-VNet across regions (custom IPsec)')).toBe('rg-vnet-to-vnet-across-regions-custom-ipsec');
  });

  it('drops accents and leaves no "-" at either end', () => {
    expect(resourceGroupNameFor('  Zürich / Genève …  ')).toBe('rg-zurich-geneve');
  });

  it('falls back to a fixed name when nothing usable is left', () => {
    expect(resourceGroupNameFor('')).toBe('rg-vpn-design');
    expect(resourceGroupNameFor('東京 ★')).toBe('rg-vpn-design');
  });

  it('never exceeds Azure\'s 90 characters, even cut in the middle of a run', () => {
    const long = resourceGroupNameFor(`${'a'.repeat(86)} bcd`);
    expect(long.length).toBeLessThanOrEqual(MAX_RESOURCE_GROUP_LENGTH);
    expect(long).toBe(`rg-${'a'.repeat(86)}`);
  });

  it('names the default target after "Untitled design"', () => {
    expect(DEFAULT_DEPLOYMENT).toEqual({ resourceGroup: 'rg-untitled-design', location: 'westeurope' });
  });
});
