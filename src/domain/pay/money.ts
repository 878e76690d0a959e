import BigNumber from "bignumber.js"

/**
 * Money is never float arithmetic: amounts are decimals in major units (as
 * Medusa stores them) and are rounded to the currency's minor unit.
 */
export type Amount = BigNumber.Value

/** Currencies whose minor unit is not the cent (ISO 4217). */
const DIGITS: Record<string, number> = {
  bif: 0, clp: 0, djf: 0, gnf: 0, isk: 0, jpy: 0, kmf: 0, krw: 0, pyg: 0, rwf: 0, ugx: 0,
  vnd: 0, vuv: 0, xaf: 0, xof: 0, xpf: 0,
  bhd: 3, iqd: 3, jod: 3, kwd: 3, lyd: 3, omr: 3, tnd: 3,
}

export function currencyDigits(currencyCode: string): number {
  return DIGITS[currencyCode.toLowerCase()] ?? 2
}

export function decimal(value: Amount): BigNumber {
  return new BigNumber(value)
}

/** Rounds half away from zero to the currency's precision, so -x rounds like x. */
export function roundMoney(value: Amount, currencyCode: string): BigNumber {
  return decimal(value).decimalPlaces(currencyDigits(currencyCode), BigNumber.ROUND_HALF_UP)
}

/** A plain number for JSON answers, after rounding. */
export function moneyNumber(value: Amount, currencyCode: string): number {
  return roundMoney(value, currencyCode).toNumber()
}

export function formatMoney(value: Amount, currencyCode: string): string {
  return `${roundMoney(value, currencyCode).toFixed(currencyDigits(currencyCode))} ${currencyCode.toUpperCase()}`
}

/** Adds amounts exactly. */
export function sumMoney(values: Amount[]): BigNumber {
  return values.reduce<BigNumber>((total, v) => total.plus(v), new BigNumber(0))
}
