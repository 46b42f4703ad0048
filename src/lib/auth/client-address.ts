/**
 * The address a request comes from. The peer's own address, unless the peer
 * is a reverse proxy named in TRUSTED_PROXY (comma-separated addresses): then
 * the right-most X-Forwarded-For entry that is not itself a trusted proxy,
 * the first one the trusted chain vouches for. A forwarding header from
 * anyone else is ignored, so no client can choose its own address.
 */
export function trustedProxies(env: Record<string, string | undefined> = process.env): Set<string> {
  return new Set(
    (env['TRUSTED_PROXY'] ?? '')
      .split(',')
      .map((s) => normalizeAddress(s.trim()))
      .filter(Boolean),
  );
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same IPv4 peer. */
export function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export function clientAddress(peer: string, forwardedFor: string | null, proxies: Set<string> = trustedProxies()): string {
  const self = normalizeAddress(peer);
  if (!proxies.has(self) || !forwardedFor) return self;
  const hops = forwardedFor
    .split(',')
    .map((s) => normalizeAddress(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    if (!proxies.has(hop)) return hop.length <= 64 && /^[0-9a-fA-F:.]+$/.test(hop) ? hop : self;
  }
  return self;
}
