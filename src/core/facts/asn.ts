/** BGP ASN facts (facts §4). */

/** Reserved by Azure; 65515 is Azure's own default and fine on the Azure side. */
export const AZURE_RESERVED_ASNS: readonly number[] = [8074, 8075, 12076, 65515, 65517, 65518, 65519, 65520];
export const AZURE_DEFAULT_ASN = 65515;

/**
 * Reserved by IANA. The FAQ's "429496729" is a typo for 4294967295 (RFC 7300); ASN 0 is reserved by
 * RFC 7607.
 */
export function isIanaReservedAsn(asn: number): boolean {
  return (
    asn === 0 ||
    asn === 23456 ||
    (asn >= 64496 && asn <= 64511) ||
    (asn >= 65535 && asn <= 65551) ||
    asn === 4294967295
  );
}

/** Why an ASN cannot be used on the given side, or undefined when it can. */
export function asnReservation(asn: number, side: 'azure' | 'on-premises'): 'azure' | 'iana' | 'range' | undefined {
  if (!Number.isInteger(asn) || asn < 0 || asn > 4294967295) return 'range';
  if (isIanaReservedAsn(asn)) return 'iana';
  if (AZURE_RESERVED_ASNS.includes(asn) && !(side === 'azure' && asn === AZURE_DEFAULT_ASN)) return 'azure';
  return undefined;
}
