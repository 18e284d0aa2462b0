/**
 * Gateway SKU capabilities and limits (facts §1.1, §1.4, §1.6). Figures are Azure's published
 * limits; where the FAQ and newer documentation differ, the newer figure is used.
 */

export type Generation = 'Generation1' | 'Generation2';

export interface SkuFacts {
  readonly name: string;
  /** Generations the SKU exists in. */
  readonly generations: readonly Generation[];
  /** Max S2S + VNet-to-VNet tunnels. */
  readonly maxTunnels: number;
  readonly maxSstpClients: number;
  /** Max IKEv2 + OpenVPN clients (0 = not supported). */
  readonly maxIkev2OpenVpnClients: number;
  /** Aggregate throughput in Mbps per generation. */
  readonly throughputMbps: Partial<Record<Generation, number>>;
  readonly bgp: boolean;
  readonly zoneRedundant: boolean;
  /** Legacy SKUs (Basic excluded) that can no longer be created. */
  readonly legacy: boolean;
  /** Non-AZ VpnGw1–5: no new gateways since 2025-01-01. */
  readonly nonAzRetired: boolean;
  readonly nat: boolean;
}

const sku = (s: Omit<SkuFacts, 'nat'> & { nat?: boolean }): SkuFacts => ({ nat: false, ...s });

const vpnGw = (n: 1 | 2 | 3 | 4 | 5, az: boolean): SkuFacts => {
  const gens: Generation[] = n === 1 ? ['Generation1'] : n >= 4 ? ['Generation2'] : ['Generation1', 'Generation2'];
  const gen1: Record<number, number> = { 1: 650, 2: 1000, 3: 1250 };
  const gen2: Record<number, number> = { 2: 1250, 3: 2500, 4: 5000, 5: 10000 };
  const clients: Record<number, number> = { 1: 250, 2: 500, 3: 1000, 4: 5000, 5: 10000 };
  return sku({
    name: `VpnGw${n}${az ? 'AZ' : ''}`,
    generations: gens,
    maxTunnels: n >= 4 ? 100 : 30,
    maxSstpClients: 128,
    maxIkev2OpenVpnClients: clients[n]!,
    throughputMbps: Object.fromEntries(gens.map((g) => [g, (g === 'Generation1' ? gen1 : gen2)[n]!])),
    bgp: true,
    zoneRedundant: az,
    legacy: false,
    nonAzRetired: !az,
    nat: n >= 2,
  });
};

export const SKUS: Readonly<Record<string, SkuFacts>> = Object.fromEntries(
  [
    sku({
      name: 'Basic',
      generations: ['Generation1'],
      maxTunnels: 10,
      maxSstpClients: 128,
      maxIkev2OpenVpnClients: 0,
      throughputMbps: { Generation1: 100 },
      bgp: false,
      zoneRedundant: false,
      legacy: false,
      nonAzRetired: false,
    }),
    sku({
      name: 'Standard',
      generations: ['Generation1'],
      maxTunnels: 10,
      maxSstpClients: 128,
      maxIkev2OpenVpnClients: 0,
      throughputMbps: { Generation1: 100 },
      bgp: true,
      zoneRedundant: false,
      legacy: true,
      nonAzRetired: false,
    }),
    sku({
      name: 'HighPerformance',
      generations: ['Generation1'],
      maxTunnels: 30,
      maxSstpClients: 128,
      maxIkev2OpenVpnClients: 0,
      throughputMbps: { Generation1: 200 },
      bgp: true,
      zoneRedundant: false,
      legacy: true,
      nonAzRetired: false,
    }),
    ...([1, 2, 3, 4, 5] as const).flatMap((n) => [vpnGw(n, false), vpnGw(n, true)]),
  ].map((s) => [s.name, s]),
);

/** SKU facts by name, or undefined for a name Azure does not know. */
export function skuFacts(name: string): SkuFacts | undefined {
  return Object.prototype.hasOwnProperty.call(SKUS, name) ? SKUS[name] : undefined;
}

/** The AZ SKU a retired SKU should move to (Standard→VpnGw1AZ, HighPerformance→VpnGw2AZ, VpnGwN→VpnGwNAZ). */
export function azEquivalent(name: string): string | undefined {
  if (name === 'Standard') return 'VpnGw1AZ';
  if (name === 'HighPerformance') return 'VpnGw2AZ';
  const m = /^VpnGw([1-5])$/.exec(name);
  return m ? `VpnGw${m[1]}AZ` : undefined;
}

/** The generation a gateway gets when none is given: Generation2 where the SKU has it (or is unknown). */
export function defaultGeneration(name: string): Generation {
  const f = skuFacts(name);
  return !f || f.generations.includes('Generation2') ? 'Generation2' : 'Generation1';
}

/** Throughput of the SKU in the gateway's generation (falls back to any listed figure). */
export function throughputMbps(name: string, generation: Generation): number | undefined {
  const f = skuFacts(name);
  if (!f) return undefined;
  return f.throughputMbps[generation] ?? Object.values(f.throughputMbps)[0];
}

/** Routes/selectors limits for P2S clients (facts §1.3, §5). */
export const P2S_LIMITS = {
  windowsPre2004: 25,
  windows2004: 255,
  nonWindowsIkev2: 256,
  openVpnRoutes: 1000,
  rootCertificates: 20,
} as const;

/** Other gateway limits (facts §1.3, §4, §7). */
export const GATEWAY_LIMITS = {
  vnetPrefixesPerGateway: 600,
  localSitePrefixes: 1000,
  bgpPrefixes: 4000,
  trafficSelectorPolicies: 100,
  customApipaAddresses: 32,
  natRules: 500,
  natRulesFaq: 100,
  dynamicNatMaxExternalLength: 26,
} as const;
