/**
 * Custom IPsec/IKE policy values (facts §3). `DOCUMENTED` is the current documentation table (offered
 * for new designs); `REST` is the API's enum (the union accepted for import).
 */
export const IPSEC_FIELDS = [
  'ikeEncryption',
  'ikeIntegrity',
  'dhGroup',
  'ipsecEncryption',
  'ipsecIntegrity',
  'pfsGroup',
  'saLifeTimeSeconds',
  'saDataSizeKilobytes',
] as const;
export type IpsecField = (typeof IPSEC_FIELDS)[number];
export type IpsecAlgorithmField = Exclude<IpsecField, 'saLifeTimeSeconds' | 'saDataSizeKilobytes'>;

export const DOCUMENTED: Readonly<Record<IpsecAlgorithmField, readonly string[]>> = {
  ikeEncryption: ['GCMAES256', 'GCMAES128', 'AES256', 'AES192', 'AES128'],
  ikeIntegrity: ['SHA384', 'SHA256', 'SHA1', 'MD5'],
  dhGroup: ['DHGroup24', 'ECP384', 'ECP256', 'DHGroup14', 'DHGroup2048', 'DHGroup2', 'DHGroup1', 'None'],
  ipsecEncryption: ['GCMAES256', 'GCMAES192', 'GCMAES128', 'AES256', 'AES192', 'AES128', 'DES3', 'DES', 'None'],
  ipsecIntegrity: ['GCMAES256', 'GCMAES192', 'GCMAES128', 'SHA256', 'SHA1', 'MD5'],
  pfsGroup: ['PFS24', 'ECP384', 'ECP256', 'PFS2048', 'PFS2', 'PFS1', 'None'],
};

export const REST: Readonly<Record<IpsecAlgorithmField, readonly string[]>> = {
  ikeEncryption: ['DES', 'DES3', 'AES128', 'AES192', 'AES256', 'GCMAES256', 'GCMAES128'],
  ikeIntegrity: ['MD5', 'SHA1', 'SHA256', 'SHA384', 'GCMAES256', 'GCMAES128'],
  dhGroup: ['None', 'DHGroup1', 'DHGroup2', 'DHGroup14', 'DHGroup2048', 'ECP256', 'ECP384', 'DHGroup24'],
  ipsecEncryption: ['None', 'DES', 'DES3', 'AES128', 'AES192', 'AES256', 'GCMAES128', 'GCMAES192', 'GCMAES256'],
  ipsecIntegrity: ['MD5', 'SHA1', 'SHA256', 'GCMAES128', 'GCMAES192', 'GCMAES256'],
  pfsGroup: ['None', 'PFS1', 'PFS2', 'PFS2048', 'ECP256', 'ECP384', 'PFS24', 'PFS14', 'PFSMM'],
};

export const SA_LIFETIME = { minSeconds: 300, defaultSeconds: 27_000, minKilobytes: 1_024, defaultKilobytes: 102_400_000 } as const;
export const DPD = { min: 9, max: 3_600, recommendedMin: 30, recommendedMax: 45, default: 45 } as const;
export const IKE_MAIN_MODE_LIFETIME_SECONDS = 28_800;

/** Values considered weak (facts §2): DES, 3DES, MD5, DH groups 1/2, PFS 1/2. */
export const WEAK_VALUES: Readonly<Partial<Record<IpsecAlgorithmField, readonly string[]>>> = {
  ikeEncryption: ['DES', 'DES3'],
  ikeIntegrity: ['MD5'],
  dhGroup: ['DHGroup1', 'DHGroup2'],
  ipsecEncryption: ['DES', 'DES3'],
  ipsecIntegrity: ['MD5'],
  pfsGroup: ['PFS1', 'PFS2'],
};

/** The Diffie-Hellman group number behind each Azure DH group value (facts §3, DH group mapping). */
export const DH_GROUP_NUMBER: Readonly<Record<string, number>> = {
  DHGroup1: 1,
  DHGroup2: 2,
  DHGroup14: 14,
  DHGroup2048: 14,
  DHGroup24: 24,
  ECP256: 19,
  ECP384: 20,
};

/** The same for the PFS group values (PFS14 comes from the REST enum; it means group 14 too). */
export const PFS_GROUP_NUMBER: Readonly<Record<string, number>> = {
  PFS1: 1,
  PFS2: 2,
  PFS2048: 14,
  PFS14: 14,
  PFS24: 24,
  ECP256: 19,
  ECP384: 20,
};
