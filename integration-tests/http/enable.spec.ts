import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { attempt, createAdminUser, createPublishableKey, registerCustomer, Headers } from "../helpers/actors"

jest.setTimeout(180 * 1000)

/**
 * Enable over HTTP against a real Medusa app: sites on sales channels,
 * per-site authorization, referral sub-accounts and voucher codes with
 * aliases and a Medusa promotion as the shopper's incentive.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
    })

    const salesChannel = async (name: string) => (await api.post("/admin/sales-channels", { name }, admin)).data.sales_channel
    const site = async (name: string, domain: string, extra: Record<string, unknown> = {}) =>
      (await api.post("/admin/affiliate-sites", { name, domain, landing_url: `https://${domain}/`, ...extra }, admin)).data.site
    const partner = async (name = "Anna Outdoors") =>
      (await api.post("/admin/affiliates", { name, kind: "external", email: `${name.split(" ")[0].toLowerCase()}@example.com` }, admin)).data.affiliate
    const referral = async (affiliate_id: string, body: Record<string, unknown> = {}) =>
      (await api.post("/admin/affiliate-referrals", { affiliate_id, name: "Instagram", ...body }, admin)).data.referral

    describe("sites", () => {
      it("creates a site on a sales channel with a canonical domain, lists, reads and updates it", async () => {
        const channel = await salesChannel("Nordic webshop")
        const created = await api.post(
          "/admin/affiliate-sites",
          { name: "Nordic Outdoor", domain: "https://Nordic.Example.com/", sales_channel_id: channel.id, landing_url: "https://nordic.example.com/welcome", locale: "nb-NO" },
          admin
        )
        expect(created.status).toBe(201)
        expect(created.data.site).toMatchObject({ domain: "nordic.example.com", sales_channel_id: channel.id, program_id: "affprog_default", status: "active" })
        const id = created.data.site.id

        // The module link answers "which sales channel is this site" through Medusa's query graph.
        const query = getContainer().resolve("query") as any
        const { data: graph } = await query.graph({ entity: "affiliate_site", fields: ["id", "sales_channel.name"], filters: { id } })
        expect(graph[0].sales_channel.name).toBe("Nordic webshop")

        expect((await api.get("/admin/affiliate-sites?q=nordic", admin)).data.count).toBe(1)
        expect((await api.get(`/admin/affiliate-sites?sales_channel_id=${channel.id}`, admin)).data.sites[0].id).toBe(id)
        const updated = await api.post(`/admin/affiliate-sites/${id}`, { name: "Nordic Outdoor NO", locale: "nb" }, admin)
        expect(updated.data.site).toMatchObject({ name: "Nordic Outdoor NO", locale: "nb", domain: "nordic.example.com" })
        expect((await api.get(`/admin/affiliate-sites/${id}`, admin)).data.site.name).toBe("Nordic Outdoor NO")
      })

      it("refuses duplicate domains and channels, unknown channels, foreign landing URLs, and bad input", async () => {
        const channel = await salesChannel("Alpine webshop")
        await site("Alpine Gear", "alpine.example.com", { sales_channel_id: channel.id })

        const dupDomain = await attempt(api.post("/admin/affiliate-sites", { name: "Copy", domain: "ALPINE.example.com", landing_url: "https://alpine.example.com/" }, admin))
        expect(dupDomain.status).toBe(409)
        expect(dupDomain.data.message).toContain("alpine.example.com already belongs")
        const dupChannel = await attempt(api.post("/admin/affiliate-sites", { name: "Other", domain: "other.example.com", landing_url: "https://other.example.com/", sales_channel_id: channel.id }, admin))
        expect(dupChannel.status).toBe(409)
        const ghostChannel = await attempt(api.post("/admin/affiliate-sites", { name: "Ghost", domain: "ghost.example.com", landing_url: "https://ghost.example.com/", sales_channel_id: "sc_missing" }, admin))
        expect(ghostChannel.status).toBe(400)
        expect(ghostChannel.data.message).toContain("sales_channel_id")
        const foreignLanding = await attempt(api.post("/admin/affiliate-sites", { name: "Evil", domain: "shop.example.com", landing_url: "https://evil.example.net/" }, admin))
        expect(foreignLanding.status).toBe(400)
        expect(foreignLanding.data.message).toContain("landing_url")
        const badDomain = await attempt(api.post("/admin/affiliate-sites", { name: "Bad", domain: "not a domain", landing_url: "https://x.example.com/" }, admin))
        expect(badDomain.status).toBe(400)
        expect(badDomain.data.message).toContain("domain")
        const missing = await attempt(api.post("/admin/affiliate-sites", { name: "No landing", domain: "n.example.com" }, admin))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("landing_url")

        expect((await api.get("/admin/affiliate-sites", admin)).data.count).toBe(1)
        expect((await attempt(api.get("/admin/affiliate-sites/affsite_missing", admin))).status).toBe(404)
        expect((await attempt(api.post("/admin/affiliate-sites/affsite_missing", { name: "x" }, admin))).status).toBe(404)
      })
    })

    describe("site authorizations", () => {
      it("authorizes an affiliate once per site, and the admin revokes it", async () => {
        const nordic = await site("Nordic Outdoor", "nordic.example.com")
        const alpine = await site("Alpine Gear", "alpine.example.com")
        const anna = await partner()

        const granted = await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: nordic.id }, admin)
        expect(granted.data.site_authorization).toMatchObject({ status: "approved", site_id: nordic.id })
        expect(granted.data.site_authorization.decided_by).toMatch(/^user_/)
        await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: alpine.id, status: "requested" }, admin)
        // Setting it again moves the same row rather than adding one.
        await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: nordic.id, status: "approved", note: "Renewed" }, admin)

        const list = (await api.get(`/admin/affiliates/${anna.id}/site-authorizations`, admin)).data.site_authorizations
        expect(list.map((a: any) => [a.site.domain, a.status])).toEqual([
          ["nordic.example.com", "approved"],
          ["alpine.example.com", "requested"],
        ])

        const revoked = await api.post(`/admin/affiliate-site-authorizations/${list[0].id}`, { status: "revoked", note: "Brand conflict" }, admin)
        expect(revoked.data.site_authorization).toMatchObject({ id: list[0].id, status: "revoked", note: "Brand conflict" })
        const detail = (await api.get(`/admin/affiliates/${anna.id}`, admin)).data.affiliate
        expect(detail.site_authorizations).toHaveLength(2)

        const bad = await attempt(api.post(`/admin/affiliate-site-authorizations/${list[0].id}`, { status: "maybe" }, admin))
        expect(bad.status).toBe(400)
        expect((await attempt(api.post("/admin/affiliate-site-authorizations/affauth_missing", { status: "approved" }, admin))).status).toBe(404)
        expect((await attempt(api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: "affsite_missing" }, admin))).status).toBe(404)
      })

      it("lets a partner request a site from the portal, once, and refuses other programs' sites", async () => {
        const nordic = await site("Nordic Outdoor", "nordic.example.com")
        const { headers } = await registerCustomer(api, pk, { email: "anna@example.com" })
        await api.post("/admin/affiliate-programs/affprog_default", { auto_approve: true }, admin)
        await api.post("/store/affiliate/apply", { agreement_version: "1" }, headers)

        const sites = (await api.get("/store/affiliate/program", { headers: { "x-publishable-api-key": pk } })).data.sites
        expect(sites.map((s: any) => s.domain)).toEqual(["nordic.example.com"])
        const asked = await api.post("/store/affiliate/me/site-authorizations", { site_id: nordic.id, note: "I run a hiking blog" }, headers)
        expect(asked.status).toBe(201)
        expect(asked.data.site_authorization).toMatchObject({ status: "requested", decided_at: null })
        // Who decides is the operator's business.
        expect(asked.data.site_authorization.decided_by).toBeUndefined()
        const again = await attempt(api.post("/store/affiliate/me/site-authorizations", { site_id: nordic.id }, headers))
        expect(again.status).toBe(409)

        const other = await api.post("/admin/affiliate-programs", { name: "Wholesale", handle: "wholesale" }, admin)
        const foreign = await site("Wholesale", "b2b.example.com", { program_id: other.data.program.id })
        const cross = await attempt(api.post("/store/affiliate/me/site-authorizations", { site_id: foreign.id }, headers))
        expect(cross.status).toBe(409)
        expect(cross.data.message).toContain("another program")
        const me = (await api.get("/store/affiliate/me", headers)).data.affiliate
        expect(me.site_authorizations.map((a: any) => a.status)).toEqual(["requested"])
      })
    })

    describe("referrals", () => {
      it("creates channel sub-accounts with their own slug and normalised UTM defaults", async () => {
        const nordic = await site("Nordic Outdoor", "nordic.example.com")
        const anna = await partner()
        const insta = await api.post(
          "/admin/affiliate-referrals",
          { affiliate_id: anna.id, name: "Instagram", site_id: nordic.id, landing_path: "/summer", utm_source: " Instagram ", utm_medium: "Social", utm_campaign: "Summer Sale" },
          admin
        )
        expect(insta.status).toBe(201)
        expect(insta.data.referral).toMatchObject({
          slug: "anna-outdoors-instagram",
          landing_path: "/summer",
          utm_source: "instagram",
          utm_medium: "social",
          utm_campaign: "summer_sale",
        })
        // A second channel with the same name gets the next free slug.
        expect((await referral(anna.id)).slug).toBe("anna-outdoors-instagram-2")
        const newsletter = await referral(anna.id, { name: "Newsletter", slug: "Anna-News" })
        expect(newsletter.slug).toBe("anna-news")

        const listed = await api.get(`/admin/affiliate-referrals?affiliate_id=${anna.id}&order=created_at`, admin)
        expect(listed.data.count).toBe(3)
        const updated = await api.post(`/admin/affiliate-referrals/${newsletter.id}`, { utm_campaign: "Autumn", status: "archived" }, admin)
        expect(updated.data.referral).toMatchObject({ utm_campaign: "autumn", status: "archived" })
        expect((await api.get(`/admin/affiliate-referrals/${newsletter.id}`, admin)).data.referral.vouchers).toEqual([])
      })

      it("refuses taken or malformed slugs, off-site landing paths, and disabled partners", async () => {
        const anna = await partner()
        await referral(anna.id, { slug: "anna" })
        const taken = await attempt(api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Again", slug: "ANNA" }, admin))
        expect(taken.status).toBe(409)
        expect(taken.data.message).toContain('"anna" is already taken')
        const malformed = await attempt(api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Bad", slug: "no spaces!" }, admin))
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toContain("slug")
        for (const landing_path of ["//evil.example.net/x", "https://evil.example.net", "summer"]) {
          const res = await attempt(api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Off-site", landing_path }, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("landing_path")
        }
        const unknownAffiliate = await attempt(api.post("/admin/affiliate-referrals", { affiliate_id: "aff_missing", name: "X" }, admin))
        expect(unknownAffiliate.status).toBe(404)

        await api.post(`/admin/affiliates/${anna.id}/status`, { status: "disabled", reason: "Ended" }, admin)
        const disabled = await attempt(api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Late" }, admin))
        expect(disabled.status).toBe(409)
        expect((await api.get(`/admin/affiliate-referrals?affiliate_id=${anna.id}`, admin)).data.count).toBe(1)
        expect((await attempt(api.get("/admin/affiliate-referrals/affref_missing", admin))).status).toBe(404)
        expect((await attempt(api.post("/admin/affiliate-referrals/affref_missing", { name: "x" }, admin))).status).toBe(404)
      })
    })

    describe("voucher codes", () => {
      it("creates a voucher with aliases in one case-insensitive namespace", async () => {
        const anna = await partner()
        const ref = await referral(anna.id)
        const created = await api.post(
          "/admin/affiliate-vouchers",
          { referral_id: ref.id, code: "anna-podcast", aliases: ["Anna 10", "hike-anna"], description: "Podcast listeners" },
          admin
        )
        expect(created.status).toBe(201)
        const voucher = created.data.voucher
        expect(voucher.code).toBe("ANNA-PODCAST")
        expect(voucher.codes.map((c: any) => [c.normalized_code, c.kind]).sort()).toEqual([
          ["ANNA-PODCAST", "primary"],
          ["ANNA10", "alias"],
          ["HIKE-ANNA", "alias"],
        ])

        const added = await api.post(`/admin/affiliate-vouchers/${voucher.id}/aliases`, { code: "annapod" }, admin)
        expect(added.status).toBe(201)
        expect(added.data.voucher.codes).toHaveLength(4)

        const alias = added.data.voucher.codes.find((c: any) => c.normalized_code === "ANNAPOD")
        const off = await api.post(`/admin/affiliate-vouchers/${voucher.id}/codes/${alias.id}`, { status: "inactive" }, admin)
        expect(off.data.voucher.codes.find((c: any) => c.id === alias.id).status).toBe("inactive")
        const primary = voucher.codes.find((c: any) => c.kind === "primary")
        const primaryOff = await attempt(api.post(`/admin/affiliate-vouchers/${voucher.id}/codes/${primary.id}`, { status: "inactive" }, admin))
        expect(primaryOff.status).toBe(409)

        const read = (await api.get(`/admin/affiliate-vouchers/${voucher.id}`, admin)).data.voucher
        expect(read).toMatchObject({ id: voucher.id, code: "ANNA-PODCAST", description: "Podcast listeners" })
        expect(read.referral.id).toBe(ref.id)
        const badStatus = await attempt(api.post(`/admin/affiliate-vouchers/${voucher.id}`, { status: "paused" }, admin))
        expect(badStatus.status).toBe(400)
        expect(badStatus.data.message).toContain("status")
        const deactivated = await api.post(`/admin/affiliate-vouchers/${voucher.id}`, { status: "inactive" }, admin)
        expect(deactivated.data.voucher.status).toBe("inactive")
        expect((await api.get(`/admin/affiliate-vouchers?affiliate_id=${anna.id}`, admin)).data.count).toBe(1)
        expect((await api.get(`/admin/affiliate-vouchers?q=anna`, admin)).data.count).toBe(1)
        const detail = (await api.get(`/admin/affiliates/${anna.id}`, admin)).data.affiliate
        expect(detail.referrals[0].vouchers[0].codes).toHaveLength(4)
      })

      it("refuses a code that is taken in any spelling, by an alias, or by a Medusa promotion, creating nothing", async () => {
        const anna = await partner()
        const bob = await partner("Bob Builder")
        const annaRef = await referral(anna.id)
        const bobRef = await referral(bob.id)
        const annaVoucher = (await api.post("/admin/affiliate-vouchers", { referral_id: annaRef.id, code: "SUMMER10", aliases: ["ANNA"] }, admin)).data.voucher
        await api.post(
          "/admin/promotions",
          { code: "BLACKFRIDAY", type: "standard", status: "active", application_method: { type: "percentage", target_type: "order", value: 20 } },
          admin
        )
        const vouchersBefore = (await api.get("/admin/affiliate-vouchers", admin)).data.count

        const cases: [Record<string, unknown>, number, string][] = [
          [{ code: "summer 10" }, 409, "SUMMER10 is already in use"],
          [{ code: "BOB", aliases: ["anna"] }, 409, "ANNA is already in use"],
          [{ code: "blackfriday" }, 409, "already a promotion code"],
          [{ code: "BOB", aliases: ["bob"] }, 400, "listed twice"],
          [{ code: "$$$" }, 400, "code"],
          [{ code: "BOB", incentive: { type: "percentage", value: 150 } }, 400, "incentive.value"],
          [{ code: "BOB", incentive: { type: "fixed", value: 5 } }, 400, "currency"],
          [{ code: "BOB", promotion_id: "promo_missing" }, 400, "promotion_id"],
        ]
        for (const [body, status, message] of cases) {
          const res = await attempt(api.post("/admin/affiliate-vouchers", { referral_id: bobRef.id, ...body }, admin))
          expect([res.status, res.data.message]).toEqual([status, expect.stringContaining(message)])
        }
        const aliasTaken = await attempt(api.post(`/admin/affiliate-vouchers/${annaVoucher.id}/aliases`, { code: "Black-Friday".replace("-", "") }, admin))
        expect(aliasTaken.status).toBe(409)

        expect((await api.get("/admin/affiliate-vouchers", admin)).data.count).toBe(vouchersBefore)
        const promotions = await (getContainer().resolve(Modules.PROMOTION) as any).listPromotions({})
        expect(promotions.map((p: any) => p.code)).toEqual(["BLACKFRIDAY"])
        expect((await attempt(api.post("/admin/affiliate-vouchers", { referral_id: "affref_missing", code: "NOPE" }, admin))).status).toBe(404)
        expect((await attempt(api.get("/admin/affiliate-vouchers/affvch_missing", admin))).status).toBe(404)
      })

      it("creates the shopper's incentive as a Medusa promotion linked to the voucher", async () => {
        const anna = await partner()
        const ref = await referral(anna.id)
        const created = await api.post(
          "/admin/affiliate-vouchers",
          { referral_id: ref.id, code: "hike15", incentive: { type: "percentage", value: 15 } },
          admin
        )
        const voucher = created.data.voucher
        expect(voucher.promotion_id).toMatch(/^promo_/)
        const promotion = (await api.get(`/admin/promotions/${voucher.promotion_id}`, admin)).data.promotion
        expect(promotion).toMatchObject({ code: "HIKE15", status: "active", is_automatic: false })
        expect(promotion.application_method).toMatchObject({ type: "percentage", value: 15, target_type: "order" })

        const query = getContainer().resolve("query") as any
        const { data } = await query.graph({ entity: "affiliate_voucher", fields: ["id", "promotion.code"], filters: { id: voucher.id } })
        expect(data[0].promotion.code).toBe("HIKE15")

        // An existing promotion can be linked instead; its own code may be the voucher's code.
        const existing = (
          await api.post(
            "/admin/promotions",
            { code: "ANNA5", type: "standard", status: "active", application_method: { type: "fixed", target_type: "order", value: 5, currency_code: "eur", allocation: "across" } },
            admin
          )
        ).data.promotion
        const linked = await api.post("/admin/affiliate-vouchers", { referral_id: ref.id, code: "anna5", promotion_id: existing.id }, admin)
        expect(linked.data.voucher.promotion_id).toBe(existing.id)
        const twice = await attempt(api.post("/admin/affiliate-vouchers", { referral_id: ref.id, code: "anna6", promotion_id: existing.id }, admin))
        expect(twice.status).toBe(409)
        expect(twice.data.message).toContain("already the incentive")
      })

      it("gives a code to one voucher when two claim it at once, and rolls the other back with its promotion", async () => {
        const anna = await partner()
        const ref = await referral(anna.id)
        const claim = () =>
          attempt(api.post("/admin/affiliate-vouchers", { referral_id: ref.id, code: "RACE10", incentive: { type: "percentage", value: 10 } }, admin))
        const answers = await Promise.all([claim(), claim(), claim(), claim()])
        const statuses = answers.map((a) => a.status)
        expect(statuses.filter((s) => s === 201)).toHaveLength(1)
        expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true)
        // The losers' vouchers and incentive promotions were compensated away.
        expect((await api.get("/admin/affiliate-vouchers", admin)).data.count).toBe(1)
        const promotions = await (getContainer().resolve(Modules.PROMOTION) as any).listPromotions({})
        expect(promotions.map((p: any) => p.code)).toEqual(["RACE10"])
      })

      it("stops issuing codes to disabled partners", async () => {
        const anna = await partner()
        const ref = await referral(anna.id)
        await api.post(`/admin/affiliates/${anna.id}/status`, { status: "disabled", reason: "Fraud" }, admin)
        const refused = await attempt(api.post("/admin/affiliate-vouchers", { referral_id: ref.id, code: "LATE" }, admin))
        expect(refused.status).toBe(409)
        expect((await api.get("/admin/affiliate-vouchers", admin)).data.count).toBe(0)
      })
    })
  },
})
