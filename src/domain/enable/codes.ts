/**
 * Voucher codes and their aliases share one namespace. Shoppers type codes in
 * every way imaginable ("summer 10", "Summer-10 "), so the stored key is the
 * upper-cased code without spaces; what the partner typed is kept for display.
 */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,30}[A-Z0-9]$/

export function normalizeCode(input: string): string {
  // NFKC again after upper-casing: a few letters (e.g. Greek "ΐ") upper-case to a
  // decomposed sequence, and a normalized key must normalize to itself.
  return input.normalize("NFKC").replace(/\s+/g, "").toUpperCase().normalize("NFKC")
}

export type CodeCheck = { ok: true; normalized: string } | { ok: false; message: string }

export function checkCode(input: string): CodeCheck {
  const normalized = normalizeCode(input)
  if (!CODE_PATTERN.test(normalized)) {
    return {
      ok: false,
      message:
        "A code has 3 to 32 letters, digits or inner hyphens (for example SUMMER-10).",
    }
  }
  return { ok: true, normalized }
}
