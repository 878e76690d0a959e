/**
 * Sites are identified by their host name. Operators paste URLs, hosts with
 * ports or upper case; we keep one canonical host so "Shop.Example.com" and
 * "https://shop.example.com/" are the same site.
 */
const HOST_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/

export type DomainCheck = { ok: true; domain: string } | { ok: false; message: string }

export function normalizeDomain(input: string): DomainCheck {
  let value = input.trim().toLowerCase()
  if (!value) return { ok: false, message: "A domain is required (for example shop.example.com)." }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(value)?.[1]
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
  value = value.split(/[/?#]/)[0]
  value = value.replace(/\.$/, "")
  // A default port is not part of the host: browsers and URL#host drop it, so
  // "https://shop.example.com:443" is the site "shop.example.com".
  const defaultPorts = scheme === "http" ? [80] : scheme === "https" ? [443] : scheme ? [] : [80, 443]
  const port = /:(\d+)$/.exec(value)?.[1]
  if (port !== undefined && defaultPorts.includes(Number(port))) {
    value = value.slice(0, -(port.length + 1)).replace(/\.$/, "")
  }
  const validPort = port === undefined || (Number(port) >= 1 && Number(port) <= 65535)
  if (!validPort || !HOST_PATTERN.test(value)) {
    return { ok: false, message: `"${input}" is not a host name (for example shop.example.com).` }
  }
  return { ok: true, domain: value }
}

/** A landing URL must be absolute http(s) and live on the site's own host. */
export function checkLandingUrl(url: string, domain: string): { ok: true } | { ok: false; message: string } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, message: `"${url}" is not an absolute URL.` }
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { ok: false, message: "The landing URL must use http or https." }
  }
  if (parsed.host.toLowerCase() !== domain) {
    return { ok: false, message: `The landing URL must be on the site's domain ${domain}.` }
  }
  return { ok: true }
}
