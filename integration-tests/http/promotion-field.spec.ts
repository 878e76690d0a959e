import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import { attempt, createAdminUser, createPublishableKey, Headers } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, storeHeaders, TestStore } from "../helpers/store"

jest.setTimeout(240 * 1000)

const SHOP = "shop.example.com"
const OUTLET = "outlet.example.com"

/**
 * Voucher codes and aliases typed into Medusa's own promotion field
 * (`POST /store/carts/:id/promotions`), in any case: the voucher's promotion
 * applies, the order is attributed to the voucher and earns its commission.
 * Codes that are not the plugin's, or that may not be used, get Medusa's own
 * answer unchanged.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string
    let store: TestStore

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
      store = await buildStore(getContainer(), pk)
    })

    const affiliate = () => getContainer().resolve("affiliate") as AffiliateModuleService
    const post = async (path: string, body: Record<string, unknown>) => (await api.post(path, body, admin)).data

    /** Anna, approved for the shop, with an Instagram link, a 10 % commission rule and HIKE15 (15 % off, alias "Hike-Anna"). */
    async function world() {
      const { site: shop } = await post("/admin/affiliate-sites", { name: "Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main })
      const { site: outlet } = await post("/admin/affiliate-sites", { name: "Outlet", domain: OUTLET, landing_url: `https://${OUTLET}/`, sales_channel_id: store.channels.outlet })
      const { affiliate: anna } = await post("/admin/affiliates", { name: "Anna Outdoors", kind: "external", status: "active", email: "anna@example.com" })
      await post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: shop.id })
      const { referral: insta } = await post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Instagram", slug: "anna-insta", site_id: shop.id })
      await post("/admin/affiliate-commission-rules", { name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" })
      const { voucher: hike } = await post("/admin/affiliate-vouchers", {
        referral_id: insta.id,
        code: "HIKE15",
        aliases: ["Hike-Anna"],
        incentive: { type: "percentage", value: 15 },
      })
      return { shop, outlet, anna, insta, hike }
    }

    const typeCodes = (cartId: string, promo_codes: string[]) => api.post(`/store/carts/${cartId}/promotions`, { promo_codes }, storeHeaders(pk))
    const removeCodes = (cartId: string, promo_codes: string[]) =>
      api.delete(`/store/carts/${cartId}/promotions`, { ...storeHeaders(pk), data: { promo_codes } })
    const cartNow = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=*promotions,discount_total,total,metadata`, storeHeaders(pk))).data.cart
    const codesOn = async (cartId: string) => (await cartNow(cartId)).promotions.map((p: any) => p.code).sort()

    const orderAttribution = (order_id: string) =>
      eventually(async () => (await affiliate().listAffiliateAttributions({ order_id }))[0] as any, `the attribution of order ${order_id}`)
    const commissionOf = (order_id: string) =>
      eventually(
        async () => (await api.get(`/admin/affiliate-commissions?order_id=${order_id}&entry_type=commission`, admin)).data.commissions[0],
        `the commission of ${order_id}`
      )

    /** A cart on the shop's channel; `prepare` types codes; then checkout. */
    async function orderWith(email: string, prepare: (cartId: string) => Promise<unknown>) {
      const cart = await createCart(api, pk, store, { email })
      await prepare(cart.id)
      return completeCart(api, pk, store, cart.id)
    }

    describe("codes and aliases in Medusa's promotion field", () => {
      it("applies the primary code in lower case with spaces, and an alias in mixed case; both orders are attributed and earn", async () => {
        const { anna, insta, hike } = await world()
        const discount = store.itemPrice * 0.15

        const viaCode = await orderWith("lower@example.com", async (cartId) => {
          const typed = await typeCodes(cartId, ["  hike 15 "])
          expect(typed.status).toBe(200)
          expect(typed.data.cart.promotions.map((p: any) => p.code)).toEqual(["HIKE15"])
          const cart = await cartNow(cartId)
          expect(cart.discount_total).toBeCloseTo(discount)
          expect(cart.total).toBeCloseTo(store.itemPrice - discount)
        })
        const viaAlias = await orderWith("alias@example.com", async (cartId) => {
          const typed = await typeCodes(cartId, ["hIKE-anna"])
          expect(typed.data.cart.promotions.map((p: any) => p.code)).toEqual(["HIKE15"])
          // Typing the same voucher again under another spelling changes nothing.
          await typeCodes(cartId, ["HIKE-ANNA", "hike15"])
          expect(await codesOn(cartId)).toEqual(["HIKE15"])
          expect((await cartNow(cartId)).discount_total).toBeCloseTo(discount)
        })

        for (const order of [viaCode, viaAlias]) {
          expect(Number(order.total)).toBeCloseTo(store.itemPrice - discount + store.shippingPrice)
          const attribution = await orderAttribution(order.id)
          expect(attribution).toMatchObject({
            status: "attributed",
            conversion: "order",
            source: "code",
            affiliate_id: anna.id,
            referral_id: insta.id,
            voucher_id: hike.id,
            voucher_code: "HIKE15",
            click_id: null,
          })
          expect(attribution.explanation.considered).toEqual([expect.objectContaining({ kind: "code", ref: "HIKE15", outcome: "chosen" })])
          const commission = await commissionOf(order.id)
          expect(commission).toMatchObject({ affiliate_id: anna.id, referral_id: insta.id, entry_type: "commission", status: "pending", currency_code: "eur" })
          expect(Number(commission.amount)).toBeGreaterThan(0)
        }
      })

      it("takes an alias in the cart update's promo_codes too (how Medusa's Next.js starters apply codes), and the order is attributed", async () => {
        const { anna, insta, hike } = await world()
        const discount = store.itemPrice * 0.15
        const order = await orderWith("starter@example.com", async (cartId) => {
          const updated = await api.post(`/store/carts/${cartId}`, { promo_codes: ["  hike-anna "] }, storeHeaders(pk))
          expect(updated.status).toBe(200)
          expect(await codesOn(cartId)).toEqual(["HIKE15"])
          expect((await cartNow(cartId)).discount_total).toBeCloseTo(discount)
          // An unknown code in the same field keeps Medusa's own answer.
          const unknown = await attempt(api.post(`/store/carts/${cartId}`, { promo_codes: ["HIKE15", "NOPE-404"] }, storeHeaders(pk)))
          expect(unknown.status).toBe(400)
          expect(unknown.data.message).toMatch(/NOPE-404/)
          expect(await codesOn(cartId)).toEqual(["HIKE15"])
        })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "attributed", source: "code", affiliate_id: anna.id, referral_id: insta.id, voucher_id: hike.id })
        expect(Number((await commissionOf(order.id)).amount)).toBeGreaterThan(0)
      })

      it("leaves codes that are not the plugin's to Medusa: unknown codes and other promotions answer as before", async () => {
        await world()
        await post("/admin/promotions", {
          code: "WELCOME5",
          type: "standard",
          status: "active",
          application_method: { type: "fixed", target_type: "order", value: 5, currency_code: "eur", allocation: "across" },
        })
        const cart = await createCart(api, pk, store, { email: "other@example.com" })

        const unknown = await attempt(typeCodes(cart.id, ["nope-123"]))
        expect([unknown.status, unknown.data]).toEqual([400, { type: "invalid_data", message: "The promotion code nope-123 is invalid" }])
        // Medusa's own promotion codes stay case-sensitive: the plugin only maps its vouchers.
        const otherCase = await attempt(typeCodes(cart.id, ["welcome5"]))
        expect([otherCase.status, otherCase.data.message]).toEqual([400, "The promotion code welcome5 is invalid"])
        // One bad code in a list refuses the list, as Medusa does, even next to a voucher code.
        const mixed = await attempt(typeCodes(cart.id, ["hike-anna", "nope-123"]))
        expect([mixed.status, mixed.data.message]).toEqual([400, "The promotion code nope-123 is invalid"])
        expect(await codesOn(cart.id)).toEqual([])

        // Exact codes still work, next to a voucher alias.
        await typeCodes(cart.id, ["WELCOME5", "hike-anna"])
        expect(await codesOn(cart.id)).toEqual(["HIKE15", "WELCOME5"])
        // A missing cart gets whatever Medusa answers, the same for a voucher code as for any other: nothing to probe.
        const ghostVoucher = await attempt(typeCodes("cart_missing", ["hike-anna"]))
        const ghostUnknown = await attempt(typeCodes("cart_missing", ["nope-123"]))
        expect([ghostVoucher.status, ghostVoucher.data.type]).toEqual([ghostUnknown.status, ghostUnknown.data.type])
        // Nothing is written to the cart by the plugin: the applied promotion is the touch.
        expect((await cartNow(cart.id)).metadata?.affiliate).toBeUndefined()
      })

      it("removes the voucher's promotion when the shopper removes the alias they typed", async () => {
        await world()
        const cart = await createCart(api, pk, store, { email: "remove@example.com" })
        await typeCodes(cart.id, ["hike 15"])
        expect((await cartNow(cart.id)).discount_total).toBeCloseTo(store.itemPrice * 0.15)

        const removed = await removeCodes(cart.id, [" hike-ANNA "])
        expect(removed.status).toBe(200)
        expect(removed.data.cart.promotions).toEqual([])
        const after = await cartNow(cart.id)
        expect(after.discount_total).toBe(0)
        expect(after.total).toBeCloseTo(store.itemPrice)
        // Removing a code that is not on the cart is Medusa's no-op.
        expect((await removeCodes(cart.id, ["hike-anna", "nope-123"])).status).toBe(200)

        const order = await completeCart(api, pk, store, cart.id)
        expect(await affiliate().listAffiliateAttributions({ order_id: order.id })).toEqual([])
      })

      it("leaves inactive codes, a suspended partner's codes and another site's codes to Medusa's answer, and attributes nothing", async () => {
        const { anna, outlet, insta, hike } = await world()
        const { voucher: old } = await post("/admin/affiliate-vouchers", { referral_id: insta.id, code: "OLD-HIKE", incentive: { type: "percentage", value: 20 } })
        await post(`/admin/affiliate-vouchers/${old.id}`, { status: "inactive" })
        const { voucher: retiring } = await post(`/admin/affiliate-vouchers/${hike.id}/aliases`, { code: "retired-anna" })
        const retired = retiring.codes.find((c: any) => c.normalized_code === "RETIRED-ANNA")
        await post(`/admin/affiliate-vouchers/${hike.id}/codes/${retired.id}`, { status: "inactive" })
        // A voucher bound to the outlet site; the cart is on the shop.
        await post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: outlet.id })
        const { referral: outletLink } = await post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Outlet blog", slug: "anna-outlet", site_id: outlet.id })
        await post("/admin/affiliate-vouchers", { referral_id: outletLink.id, code: "OUTLET5", incentive: { type: "percentage", value: 5 } })
        // Bo, suspended, with a code of his own.
        const { affiliate: bo } = await post("/admin/affiliates", { name: "Bo Biker", kind: "internal", status: "active" })
        const { referral: boLink } = await post("/admin/affiliate-referrals", { affiliate_id: bo.id, name: "Newsletter", slug: "bo-news" })
        await post("/admin/affiliate-vouchers", { referral_id: boLink.id, code: "BO-RIDES", incentive: { type: "percentage", value: 10 } })
        await post(`/admin/affiliates/${bo.id}/status`, { status: "suspended", reason: "Under review" })

        const cart = await createCart(api, pk, store, { email: "blocked@example.com" })
        for (const typed of ["old-hike", "Retired-Anna", "outlet5", "bo-rides"]) {
          const answer = await attempt(typeCodes(cart.id, [typed]))
          // Word for word what Medusa says about a code that does not exist.
          expect([typed, answer.status, answer.data]).toEqual([typed, 400, { type: "invalid_data", message: `The promotion code ${typed} is invalid` }])
        }
        expect(await codesOn(cart.id)).toEqual([])
        const blocked = await completeCart(api, pk, store, cart.id)

        // A later order with a usable code is attributed; by then the blocked one has long been decided: nothing.
        const usable = await orderWith("usable@example.com", (cartId) => typeCodes(cartId, ["hike-anna"]))
        expect(await orderAttribution(usable.id)).toMatchObject({ status: "attributed", voucher_id: hike.id })
        expect(await affiliate().listAffiliateAttributions({ order_id: blocked.id })).toEqual([])
        expect((await api.get(`/admin/affiliate-commissions?order_id=${blocked.id}`, admin)).data.commissions).toEqual([])
      })
    })
  },
})
