/**
 * UTM values are reporting keys: trimmed, lower-cased and bounded so that
 * "Instagram", "instagram " and "INSTAGRAM" land in one row of a report.
 */
export const UTM_FIELDS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const
export type UtmField = (typeof UTM_FIELDS)[number]
export type UtmTags = Partial<Record<UtmField, string | null>>

export function normalizeUtmValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const cleaned = value.trim().toLowerCase().replace(/\s+/g, "_").slice(0, 100)
  return cleaned.length ? cleaned : null
}

export function normalizeUtm(tags: UtmTags): UtmTags {
  const out: UtmTags = {}
  for (const field of UTM_FIELDS) {
    if (field in tags) out[field] = normalizeUtmValue(tags[field])
  }
  return out
}
