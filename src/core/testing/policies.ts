/** A complete, strong custom IPsec/IKE policy (GCMAES256 / SHA384 / ECP384, PFS ECP384) for tests and generated designs. */
export const STRONG_POLICY = {
  ikeEncryption: 'GCMAES256',
  ikeIntegrity: 'SHA384',
  dhGroup: 'ECP384',
  ipsecEncryption: 'GCMAES256',
  ipsecIntegrity: 'GCMAES256',
  pfsGroup: 'ECP384',
  saLifeTimeSeconds: 27_000,
  saDataSizeKilobytes: 102_400_000,
} as const;
