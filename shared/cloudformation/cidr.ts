/**
 * IPv4 CIDR arithmetic for subnet allocation: parse, contain, overlap, allocate.
 */

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  readonly base: number;
  readonly prefix: number;
}

/**
 * Parses `a.b.c.d/n`; undefined when malformed or when host bits are set.
 *
 * @example
 * parseCidr('10.0.1.0/24') // { base: 167772416, prefix: 24 }
 * parseCidr('10.0.1.7/24') // undefined (not a network address)
 */
export function parseCidr(text: string): Cidr | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const base = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  if (base % size(prefix) !== 0) return undefined;
  return { base, prefix };
}

function size(prefix: number): number {
  return 2 ** (32 - prefix);
}

/**
 * Formats a CIDR back to text.
 *
 * @example
 * formatCidr({ base: 167772416, prefix: 24 }) // '10.0.1.0/24'
 */
export function formatCidr(cidr: Cidr): string {
  const b = cidr.base;
  return `${b >>> 24}.${(b >>> 16) & 255}.${(b >>> 8) & 255}.${b & 255}/${cidr.prefix}`;
}

/**
 * Whether `inner` lies entirely inside `outer`.
 *
 * @example
 * contains(parseCidr('10.0.0.0/16')!, parseCidr('10.0.3.0/24')!) // true
 */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return (
    inner.prefix >= outer.prefix &&
    inner.base >= outer.base &&
    inner.base + size(inner.prefix) <= outer.base + size(outer.prefix)
  );
}

/**
 * Whether two blocks share any address.
 *
 * @example
 * overlaps(parseCidr('10.0.0.0/23')!, parseCidr('10.0.1.0/24')!) // true
 */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + size(b.prefix) && b.base < a.base + size(a.prefix);
}

/**
 * The first free block of `prefix` inside `within` that overlaps none of `taken`,
 * scanning in address order; undefined when the range is full.
 *
 * @example
 * allocate(parseCidr('10.0.0.0/16')!, 24, [parseCidr('10.0.0.0/24')!]) // 10.0.1.0/24
 */
export function allocate(within: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | undefined {
  const step = size(prefix);
  const end = within.base + size(within.prefix);
  for (let base = within.base; base + step <= end; base += step) {
    const candidate = { base, prefix };
    if (!taken.some((t) => overlaps(t, candidate))) return candidate;
  }
  return undefined;
}

/**
 * Subnet size for a VPC: /24 in a /16, never larger than a quarter of the VPC, at most /28.
 *
 * @example
 * defaultSubnetPrefix(parseCidr('10.0.0.0/24')!) // 26
 */
export function defaultSubnetPrefix(vpc: Cidr): number {
  return Math.min(28, Math.max(24, vpc.prefix + 2));
}
