/**
 * Referral slugs appear in links (/r/<slug>), so they are lower-case,
 * URL-safe and unique across the whole store.
 */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

// Letters that do not decompose into a base letter and an accent.
const TRANSLITERATIONS: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ł: "l", þ: "th", ð: "d" }

export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/[øæœßđłþð]/g, (ch) => TRANSLITERATIONS[ch])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/g, "")
}

export type SlugCheck = { ok: true; slug: string } | { ok: false; message: string }

export function checkSlug(input: string): SlugCheck {
  const slug = input.trim().toLowerCase()
  if (!SLUG_PATTERN.test(slug)) {
    return {
      ok: false,
      message:
        "A slug has 1 to 64 lower-case letters, digits or inner hyphens (for example anna-instagram).",
    }
  }
  return { ok: true, slug }
}

function slugRoot(base: string): string {
  return slugify(base) || "referral"
}

/**
 * Every slug `nextFreeSlug(base, ...)` can return starts with this, so only
 * the slugs with this prefix need to be loaded to find a free one.
 */
export function freeSlugPrefix(base: string): string {
  return slugRoot(base).slice(0, 60)
}

/** A free slug derived from a name: "anna-instagram", then "anna-instagram-2", ... */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  const root = slugRoot(base)
  if (!taken.has(root)) return root
  for (let n = 2; ; n++) {
    const candidate = `${freeSlugPrefix(base)}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
