/**
 * Money in the Pay screens: amounts come from the server in major units and
 * are only formatted here, never summed. Typed amounts are checked against
 * the currency's minor unit and sent as they were typed.
 */

function currencyFormat(currency: string, signed: boolean) {
  return new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: currency.toUpperCase(),
    signDisplay: signed ? "exceptZero" : "auto",
  })
}

/**
 * One amount in its currency, e.g. "€12.50". `signed` writes credits with a
 * "+" as well (a ledger line); debits always carry their "-".
 */
export function formatAmount(
  amount: number | string | null | undefined,
  currency: string | null | undefined,
  { signed = false }: { signed?: boolean } = {}
): string {
  if (amount === null || amount === undefined || amount === "") {
    return "-"
  }
  if (!currency) {
    return String(amount)
  }
  try {
    // Intl formats decimal strings exactly; the cast is for older lib typings.
    return currencyFormat(currency, signed).format(amount as unknown as number)
  } catch {
    return `${currency.toUpperCase()} ${amount}`
  }
}

/** Digits after the decimal point in a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  try {
    return currencyFormat(currency, false).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

export const isCurrencyCode = (value: string) => /^[a-z]{3}$/i.test(value.trim())

const AMOUNT = /^([+-])?(\d+)(?:[.,](\d+))?$/

/**
 * A typed amount ("12.50", "-5", "3,5") as a number, or what is wrong with
 * it. No arithmetic: the text is normalised and handed to Number once.
 */
export function parseAmount(
  text: string,
  currency: string,
  { allowNegative = false, allowZero = false }: { allowNegative?: boolean; allowZero?: boolean } = {}
): { value: number } | { error: string } {
  const match = AMOUNT.exec(text.trim())
  if (!match) {
    return { error: `"${text.trim()}" is not an amount` }
  }
  const [, sign, whole, fraction = ""] = match
  if (sign === "-" && !allowNegative) {
    return { error: "The amount cannot be negative" }
  }
  const digits = isCurrencyCode(currency) ? currencyDigits(currency) : 2
  if (fraction.replace(/0+$/, "").length > digits) {
    return {
      error: `${currency.toUpperCase()} amounts have ${digits === 0 ? "no decimals" : `at most ${digits} decimals`}`,
    }
  }
  const value = Number(`${sign === "-" ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`)
  if (!allowZero && value === 0) {
    return { error: "The amount cannot be zero" }
  }
  return { value }
}

/** A percentage the way the API takes it: 10 = 10 %, above 0 and at most 100. */
export function parsePercentage(text: string): { value: number } | { error: string } {
  const value = Number(text.trim().replace(",", "."))
  if (!text.trim() || !Number.isFinite(value) || value <= 0 || value > 100) {
    return { error: "Enter a percentage above 0 and at most 100" }
  }
  return { value }
}

/** "10 %" with the browser's decimal separator. */
export function formatPercent(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === "") {
    return "-"
  }
  const number = Number(value)
  return Number.isFinite(number)
    ? `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 }).format(number)} %`
    : `${value} %`
}

/** { eur: 5, usd: 6 } as "€5.00 · US$6.00"; "-" when empty. */
export function formatAmounts(amounts: Record<string, number> | null | undefined): string {
  const entries = Object.entries(amounts ?? {}).sort(([a], [b]) => a.localeCompare(b))
  return entries.length ? entries.map(([currency, amount]) => formatAmount(amount, currency)).join(" · ") : "-"
}

/** The class that colours a signed amount: debits red. */
export function amountTone(amount: number): string {
  return amount < 0 ? "text-ui-fg-error" : "text-ui-fg-base"
}
