import fc from "fast-check"
import { currencyDigits, formatMoney, moneyNumber, roundMoney, sumMoney } from "../money"

describe("money", () => {
  it("rounds to each currency's minor unit", () => {
    expect(currencyDigits("EUR")).toBe(2)
    expect(currencyDigits("jpy")).toBe(0)
    expect(currencyDigits("kwd")).toBe(3)
    expect(roundMoney("12.345", "eur").toString()).toBe("12.35")
    expect(roundMoney("1234.5", "jpy").toString()).toBe("1235")
    expect(roundMoney("1.2345", "kwd").toString()).toBe("1.235")
  })

  it("rounds halves away from zero, so a reversal mirrors its commission", () => {
    expect(roundMoney("-0.125", "eur").toString()).toBe("-0.13")
    expect(roundMoney("0.125", "eur").toString()).toBe("0.13")
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (thousandths) => {
      const x = (thousandths / 1000).toString()
      expect(roundMoney(x, "eur").negated().isEqualTo(roundMoney(`-${x}`.replace("--", ""), "eur"))).toBe(true)
    }))
  })

  it("adds exactly where floats drift", () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(sumMoney(["0.1", "0.2"]).toString()).toBe("0.3")
    expect(sumMoney(Array(1000).fill("0.01")).toString()).toBe("10")
  })

  it("formats with the currency's digits and code", () => {
    expect(formatMoney("4", "eur")).toBe("4.00 EUR")
    expect(formatMoney("-2.5", "usd")).toBe("-2.50 USD")
    expect(formatMoney("500", "jpy")).toBe("500 JPY")
    expect(moneyNumber("3.14159", "eur")).toBe(3.14)
  })
})
