/** The address shapes the plugin's routes accept (zod's ipv4 / ipv6). */
const IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/
const IPV6 =
  /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/

export type HeaderReader = { get(name: string): string | null }

/**
 * One address as proxies write it, in the form the routes accept: "[2001:db8::1]:443"
 * and "203.0.113.9:5678" lose brackets and port, "::ffff:203.0.113.9" (an IPv4
 * client seen by a dual-stack proxy) becomes "203.0.113.9". Null for anything else.
 */
export function normalizeShopperIp(value: string | null | undefined): string | null {
  if (!value) return null
  let ip = value.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip)
  if (bracketed) ip = bracketed[1]
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(ip)
  if (v4WithPort) ip = v4WithPort[1]
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)
  if (mapped) ip = mapped[1]
  if (IPV4.test(ip)) return ip
  return IPV6.test(ip) ? ip.toLowerCase() : null
}

/**
 * The shopper's address on the storefront's server: the platform's own
 * (`request.ip` on older Next.js hosts), else the first valid entry of
 * X-Forwarded-For (the client, as the edge proxy wrote it), else X-Real-IP.
 * Trust these headers only behind a proxy that sets them (Vercel, most hosts).
 */
export function shopperIp(headers: HeaderReader, requestIp?: string | null): string | null {
  const own = normalizeShopperIp(requestIp)
  if (own) return own
  for (const entry of (headers.get("x-forwarded-for") ?? "").split(",")) {
    const ip = normalizeShopperIp(entry)
    if (ip) return ip
  }
  return normalizeShopperIp(headers.get("x-real-ip"))
}
