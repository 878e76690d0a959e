import { lowestPrice, priceRegion, type RegionFacts } from "../product-price"

const europe: RegionFacts = { id: "reg_eu", name: "Europe", currency_code: "eur", countries: ["de", "fr"] }
const us: RegionFacts = { id: "reg_us", name: "United States", currency_code: "usd", countries: ["us"] }
const regions = [europe, us]

describe("priceRegion", () => {
  it.each([
    { label: "the region asked for wins", input: { requestedRegionId: "reg_us", landingUrl: "http://localhost:8000/de", defaultRegionId: "reg_eu" }, region: us, source: "requested" },
    { label: "then the landing URL's country", input: { landingUrl: "http://localhost:8000/us", defaultRegionId: "reg_eu" }, region: us, source: "landing_url" },
    { label: "then the store's default region", input: { landingUrl: "https://shop.example.com/", defaultRegionId: "reg_us" }, region: us, source: "store_default" },
    { label: "a country no region sells to falls through", input: { landingUrl: "https://shop.example.com/jp", defaultRegionId: "reg_us" }, region: us, source: "store_default" },
    { label: "then the oldest region", input: { landingUrl: "https://shop.example.com/" }, region: europe, source: "oldest" },
    { label: "a default region that no longer exists falls through", input: { defaultRegionId: "reg_gone" }, region: europe, source: "oldest" },
  ])("$label", ({ input, region, source }) => {
    expect(priceRegion({ ...input, regions })).toEqual({ ok: true, region, source })
  })

  it("refuses a region that does not exist", () => {
    expect(priceRegion({ requestedRegionId: "reg_nope", regions })).toEqual({ ok: false, message: "region_id: region reg_nope was not found." })
  })

  it("shows no prices in a store without regions", () => {
    expect(priceRegion({ regions: [] })).toEqual({ ok: true, region: null, source: "none" })
  })
})

describe("lowestPrice", () => {
  const price = (amount: number | string | null, currency_code = "eur", tax = false) => ({
    calculated_price: { calculated_amount: amount, currency_code, is_calculated_price_tax_inclusive: tax },
  })

  it("takes the lowest variant price", () => {
    expect(lowestPrice([price(40), price(25.5), price(30)])).toEqual({ amount: 25.5, currency_code: "eur", tax_inclusive: false })
  })

  it("skips variants without a price in the region and reads string amounts", () => {
    expect(lowestPrice([{ calculated_price: null }, {}, price(null), price("12", "EUR", true)])).toEqual({ amount: 12, currency_code: "eur", tax_inclusive: true })
  })

  it("keeps a price of 0 (a free sample is the lowest price)", () => {
    expect(lowestPrice([price(10), price(0)])).toEqual({ amount: 0, currency_code: "eur", tax_inclusive: false })
  })

  it("is null when no variant has a price", () => {
    expect(lowestPrice([])).toBeNull()
    expect(lowestPrice(undefined)).toBeNull()
    expect(lowestPrice([{ calculated_price: null }])).toBeNull()
  })
})
