/**
 * UTM values are reporting keys: trimmed, lower-cased and bounded so that
 * "Instagram", "instagram " and "INSTAGRAM" land in one row of a report.
 */
export const UTM_FIELDS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const
export type UtmField = (typeof UTM_FIELDS)[number]
export type UtmTags = Partial<Record<UtmField, string | null>>

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Tags arrive from query strings and request bodies. PostgreSQL stores
 * neither NUL characters nor unpaired surrogates, so NULs are dropped and a
 * broken character becomes U+FFFD before anything is stored.
 */
export function normalizeUtmValue(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null
  const storable = value.replace(/\u0000/g, "").replace(LONE_SURROGATE, "\ufffd")
  // Cut by characters, not UTF-16 units, so an emoji is never split in half.
  const cleaned = Array.from(storable.trim().toLowerCase().replace(/\s+/g, "_")).slice(0, 100).join("")
  return cleaned.length ? cleaned : null
}

export function normalizeUtm(tags: UtmTags): UtmTags {
  const out: UtmTags = {}
  for (const field of UTM_FIELDS) {
    if (field in tags) out[field] = normalizeUtmValue(tags[field])
  }
  return out
}
