/** True for an IANA time zone name the runtime knows ("Europe/Berlin", "UTC"). */
export function isValidTimezone(value: string): boolean {
  if (!value || value.length > 64) return false
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value })
    return true
  } catch {
    return false
  }
}
