/**
 * @module ingest/fetch/address
 * Which IP addresses a fetch may connect to. A news URL that resolves to a
 * private, loopback, link-local or unspecified address is almost always a
 * mistake or an attempt to reach something on the user's own network, so the
 * fetcher refuses them unless the user allows private addresses. The check is
 * made on the address the socket actually connects to (see http.ts), so a
 * host name that resolves differently on a second lookup cannot slip past.
 */
import { isIPv4, isIPv6 } from 'node:net'

/** IPv4 ranges as [first octets, prefix length]. */
const BLOCKED_V4: readonly (readonly [readonly number[], number])[] = [
  [[0], 8], // "this network", including 0.0.0.0
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8], // loopback
  [[169, 254], 16], // link-local (and cloud metadata at 169.254.169.254)
  [[172, 16], 12], // private
  [[192, 168], 16], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[198, 18], 15], // benchmarking
  [[224], 4], // multicast
  [[240], 4], // reserved and broadcast
]

function v4Bits(address: string): number {
  return address.split('.').reduce((n, part) => (n << 8) | Number(part), 0) >>> 0
}

function blockedV4(address: string): boolean {
  const bits = v4Bits(address)
  return BLOCKED_V4.some(([octets, prefix]) => {
    const base = v4Bits([...octets, 0, 0, 0, 0].slice(0, 4).join('.'))
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0
    return ((bits & mask) >>> 0) === ((base & mask) >>> 0)
  })
}

/** The eight 16-bit groups of an IPv6 address (with "::" and a dotted IPv4 tail expanded). */
function v6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const bits = v4Bits(dotted[1]!)
    text = text.slice(0, dotted.index) + `${(bits >>> 16).toString(16)}:${(bits & 0xffff).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0')
  return [...left, ...fill, ...right].map((g) => Number.parseInt(g || '0', 16))
}

function blockedV6(address: string): boolean {
  const g = v6Groups(address)
  const first = g[0]!
  if (g.every((x) => x === 0)) return true // :: unspecified
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true // ::1 loopback
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) carry an IPv4 address.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    return blockedV4(`${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`)
  }
  if ((first & 0xfe00) === 0xfc00) return true // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true // fe80::/10 link-local
  if ((first & 0xffc0) === 0xfec0) return true // fec0::/10 old site-local
  if ((first & 0xff00) === 0xff00) return true // multicast
  return false
}

/** True when a fetch must not connect to this address without --allow-private. Unparseable counts as blocked. */
export function isBlockedAddress(address: string): boolean {
  if (isIPv4(address)) return blockedV4(address)
  if (isIPv6(address)) return blockedV6(address)
  return true
}
