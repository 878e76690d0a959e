import { presentPartnerProduct, presentPartnerRegion } from "../presenters"

describe("presentPartnerProduct", () => {
  it("names every key it sends: nothing of the product's variants, channels or metadata", () => {
    const row = {
      id: "prod_1",
      title: "Hiking Poles",
      handle: "hiking-poles",
      thumbnail: null,
      status: "published",
      metadata: { cost_price: 7 },
      sales_channels: [{ id: "sc_1" }],
      variants: [{ id: "variant_1", sku: "POLES-110", calculated_price: { calculated_amount: 25 } }],
    }
    const price = { amount: 25, currency_code: "eur", tax_inclusive: false }
    expect(presentPartnerProduct(row, { price, landing_path: "/products/hiking-poles" })).toEqual({
      id: "prod_1",
      title: "Hiking Poles",
      handle: "hiking-poles",
      thumbnail: null,
      price,
      landing_path: "/products/hiking-poles",
    })
  })

  it("sends a missing thumbnail as null", () => {
    expect(presentPartnerProduct({ id: "prod_1", title: "T", handle: "t" }, { price: null, landing_path: null }).thumbnail).toBeNull()
  })
})

describe("presentPartnerRegion", () => {
  it("keeps the id, name and currency of a region, nothing else", () => {
    expect(presentPartnerRegion({ id: "reg_1", name: "Europe", currency_code: "eur", automatic_taxes: true, metadata: { x: 1 } })).toEqual({
      id: "reg_1",
      name: "Europe",
      currency_code: "eur",
    })
    expect(presentPartnerRegion(null)).toBeNull()
  })
})
