/** Medusa 2 amounts are in the currency's main unit (40 = 40.00 EUR). */
export function formatMoney(amount: number | null | undefined, currencyCode: string, locale = "en-US") {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(Number(amount ?? 0))
}
