import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, TestStore } from "../helpers/store"

jest.setTimeout(300 * 1000)

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
/** What a partner sees of a link, nothing more (see presentPartnerReferral). */
const REFERRAL_KEYS = ["created_at", "id", "landing_path", "name", "site_id", "slug", "status", "utm_campaign", "utm_medium", "utm_source", "vouchers"]

/**
 * The partner's self-service over HTTP against a real Medusa app: their own
 * links on the sites they are approved for, deep links to a site's products,
 * and accepting a new version of the program's agreement. Every refusal is a
 * 4xx with a message and writes nothing.
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

    const site = async (name: string, domain: string, extra: Record<string, unknown> = {}) =>
      (await api.post("/admin/affiliate-sites", { name, domain, landing_url: `https://${domain}/`, ...extra }, admin)).data.site
    const referralCount = async () => (await api.get("/admin/affiliate-referrals?limit=1", admin)).data.count as number
    const adminReferral = async (id: string) => (await api.get(`/admin/affiliate-referrals/${id}`, admin)).data.referral
    const adminView = async (id: string) => (await api.get(`/admin/affiliates/${id}`, admin)).data.affiliate
    const history = async (id: string) => (await api.get(`/admin/affiliates/${id}/status-history?limit=200`, admin)).data.status_changes as any[]
    const follow = (slug: string, query = "") =>
      api.get(`/r/${slug}${query}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER } })

    async function partner(name: string, email: string, status: "active" | "pending" = "active") {
      const login = await registerCustomer(api, pk, { email })
      const affiliate = (await api.post("/admin/affiliates", { name, kind: "external", status, email, customer_id: login.customer.id }, admin)).data.affiliate
      return { affiliate, portal: login.headers }
    }

    /**
     * Shop (main channel) approved for Anna and Ben; Nordic (outlet channel,
     * a /de storefront) requested by Anna; Alpine with no authorization; a
     * site of another program; Ben's own link.
     */
    async function world() {
      const shop = await site("Shop", "shop.example.com", { sales_channel_id: store.channels.main })
      const nordic = await site("Nordic", "nordic.example.com", { sales_channel_id: store.channels.outlet, landing_url: "https://nordic.example.com/de" })
      const alpine = await site("Alpine", "alpine.example.com")
      const wholesale = (await api.post("/admin/affiliate-programs", { name: "Wholesale", handle: "wholesale" }, admin)).data.program
      const foreign = await site("Wholesale", "b2b.example.com", { program_id: wholesale.id })
      const anna = await partner("Anna Outdoors", "anna@example.com")
      const annaShop = (await api.post(`/admin/affiliates/${anna.affiliate.id}/site-authorizations`, { site_id: shop.id }, admin)).data.site_authorization
      await api.post(`/admin/affiliates/${anna.affiliate.id}/site-authorizations`, { site_id: nordic.id, status: "requested" }, admin)
      const ben = await partner("Ben Media", "ben@example.com")
      await api.post(`/admin/affiliates/${ben.affiliate.id}/site-authorizations`, { site_id: shop.id }, admin)
      const benLink = (await api.post("/admin/affiliate-referrals", { affiliate_id: ben.affiliate.id, name: "Blog", slug: "ben-blog", site_id: shop.id }, admin)).data.referral
      return { shop, nordic, alpine, foreign, anna, annaShop, ben, benLink }
    }

    describe("a partner's own links", () => {
      it("creates a link on an approved site that /r/<slug> sends to that site with its UTM defaults, and edits it", async () => {
        const { shop, anna } = await world()
        const created = await api.post(
          "/store/affiliate/me/referrals",
          { name: "Instagram Stories", site_id: shop.id, landing_path: "/summer", utm_source: " Instagram ", utm_medium: "Social", utm_campaign: "Summer 2026" },
          anna.portal
        )
        expect(created.status).toBe(201)
        const link = created.data.referral
        expect(Object.keys(link).sort()).toEqual(REFERRAL_KEYS)
        expect(link).toMatchObject({
          site_id: shop.id, name: "Instagram Stories", slug: "anna-outdoors-instagram-stories", landing_path: "/summer",
          utm_source: "instagram", utm_medium: "social", utm_campaign: "summer_2026", status: "active", vouchers: [],
        })
        expect((await adminReferral(link.id)).affiliate_id).toBe(anna.affiliate.id)

        const res = await follow(link.slug)
        expect(res.status).toBe(302)
        const to = new URL(res.headers.location)
        expect(to.origin + to.pathname).toBe("https://shop.example.com/summer")
        expect(Object.fromEntries(["utm_source", "utm_medium", "utm_campaign"].map((k) => [k, to.searchParams.get(k)]))).toEqual({
          utm_source: "instagram", utm_medium: "social", utm_campaign: "summer_2026",
        })
        expect(to.searchParams.get("aff_click")).toBeTruthy()

        // A slug of the partner's choosing, once; the same name again gets the next free slug.
        const chosen = await api.post("/store/affiliate/me/referrals", { name: "Newsletter", site_id: shop.id, slug: " Anna-News " }, anna.portal)
        expect(chosen.data.referral).toMatchObject({ slug: "anna-news", landing_path: "/", utm_source: null })
        const before = await referralCount()
        const taken = await attempt(api.post("/store/affiliate/me/referrals", { name: "Again", site_id: shop.id, slug: "ANNA-NEWS" }, anna.portal))
        expect(taken.status).toBe(409)
        expect(taken.data.message).toBe('The slug "anna-news" is already taken; choose another.')
        const malformed = await attempt(api.post("/store/affiliate/me/referrals", { name: "Bad", site_id: shop.id, slug: "no spaces!" }, anna.portal))
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toContain("slug: A slug has 1 to 64")
        expect(await referralCount()).toBe(before)
        const second = await api.post("/store/affiliate/me/referrals", { name: "Instagram Stories", site_id: shop.id }, anna.portal)
        expect(second.data.referral.slug).toBe("anna-outdoors-instagram-stories-2")

        // Edits: name, landing path, UTM defaults (null clears one); archived, then active again.
        const edited = await api.post(`/store/affiliate/me/referrals/${link.id}`, { name: "IG Stories", landing_path: "/winter", utm_campaign: null, utm_medium: "Story" }, anna.portal)
        expect(edited.status).toBe(200)
        expect(edited.data.referral).toMatchObject({ id: link.id, name: "IG Stories", slug: link.slug, landing_path: "/winter", utm_source: "instagram", utm_medium: "story", utm_campaign: null })
        const moved = new URL((await follow(link.slug)).headers.location)
        expect(moved.pathname).toBe("/winter")
        expect(moved.searchParams.get("utm_campaign")).toBeNull()
        expect((await api.post(`/store/affiliate/me/referrals/${link.id}`, { status: "archived" }, anna.portal)).data.referral.status).toBe("archived")
        expect((await api.post(`/store/affiliate/me/referrals/${link.id}`, { status: "active" }, anna.portal)).data.referral.status).toBe("active")

        const me = (await api.get("/store/affiliate/me", anna.portal)).data.affiliate
        expect(me.referrals.map((r: any) => r.slug).sort()).toEqual(["anna-news", "anna-outdoors-instagram-stories", "anna-outdoors-instagram-stories-2"])
      })

      it("refuses links on a site that is not approved, only requested, revoked, unknown or of another program, writing nothing", async () => {
        const { shop, nordic, alpine, foreign, anna, annaShop } = await world()
        const before = await referralCount()
        const create = (site_id: string) => attempt(api.post("/store/affiliate/me/referrals", { name: "Attempt", site_id }, anna.portal))

        const requested = await create(nordic.id)
        expect(requested.status).toBe(403)
        expect(requested.data.message).toBe("Your request to promote Nordic is waiting for the program team's approval; links follow once it is approved.")
        const notApproved = await create(alpine.id)
        expect(notApproved.status).toBe(403)
        expect(notApproved.data.message).toBe("You are not approved to promote Alpine. Request the site first; links follow once it is approved.")
        // Another program's site and an unknown one look the same: not found.
        const other = await create(foreign.id)
        expect(other.status).toBe(404)
        expect(other.data.message).toBe(`Site ${foreign.id} was not found in your program.`)
        const unknown = await create("affsite_unknown")
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe("Site affsite_unknown was not found in your program.")

        await api.post(`/admin/affiliate-site-authorizations/${annaShop.id}`, { status: "revoked" }, admin)
        const revoked = await create(shop.id)
        expect(revoked.status).toBe(403)
        expect(revoked.data.message).toBe("Your authorization to promote Shop was revoked, so it takes no new links.")
        expect(await referralCount()).toBe(before)
      })

      it("never lets a partner edit another partner's link: 404, as for a link that does not exist, and nothing changes", async () => {
        const { anna, benLink } = await world()
        const theirs = await attempt(api.post(`/store/affiliate/me/referrals/${benLink.id}`, { name: "Hijacked", landing_path: "/mine" }, anna.portal))
        expect(theirs.status).toBe(404)
        expect(theirs.data.message).toBe(`Referral ${benLink.id} was not found.`)
        const missing = await attempt(api.post("/store/affiliate/me/referrals/affref_missing", { name: "Hijacked" }, anna.portal))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("Referral affref_missing was not found.")
        const archive = await attempt(api.post(`/store/affiliate/me/referrals/${benLink.id}`, { status: "archived" }, anna.portal))
        expect(archive.status).toBe(404)
        expect(await adminReferral(benLink.id)).toMatchObject({ name: "Blog", landing_path: "/", status: "active", updated_at: benLink.updated_at })
      })

      it("answers bad input with a 4xx that says what is wrong, and writes nothing", async () => {
        const { shop, anna, ben } = await world()
        const own = (await api.post("/store/affiliate/me/referrals", { name: "Mine", site_id: shop.id, landing_path: "/ok" }, anna.portal)).data.referral
        const ownBefore = await adminReferral(own.id)
        const before = await referralCount()
        const cases: [string, Record<string, unknown>, string][] = [
          ["an absolute URL as landing path", { landing_path: "https://evil.com" }, "landing_path must be a path on the site"],
          ["a protocol-relative landing path", { landing_path: "//evil.com" }, "landing_path must be a path on the site"],
          ["a protocol-relative landing path after spaces", { landing_path: "  //evil.com/x" }, "landing_path must be a path on the site"],
          ["a backslash landing path", { landing_path: "/\\evil.com" }, "landing_path must not contain spaces, control characters or backslashes."],
          ["a landing path that is too long", { landing_path: `/${"a".repeat(600)}` }, "landing_path"],
          ["a name that is too long", { name: "n".repeat(201) }, "name"],
          ["an empty name", { name: "   " }, "name"],
          ["a UTM value that is too long", { utm_source: "u".repeat(101) }, "utm_source"],
          ["an unknown field", { metadata: { note: "x" } }, "unknown field(s) metadata"],
          ["another partner as owner", { affiliate_id: ben.affiliate.id }, "unknown field(s) affiliate_id"],
          ["a slug that is too long", { slug: "s".repeat(65) }, "slug"],
        ]
        for (const [label, patch, message] of cases) {
          const res = await attempt(api.post("/store/affiliate/me/referrals", { name: "Attempt", site_id: shop.id, ...patch }, anna.portal))
          expect({ label, status: res.status }).toEqual({ label, status: 400 })
          expect({ label, message: res.data.message }).toEqual({ label, message: expect.stringContaining(message) })
        }
        const noSite = await attempt(api.post("/store/affiliate/me/referrals", { name: "No site" }, anna.portal))
        expect(noSite.status).toBe(400)
        expect(noSite.data.message).toContain("site_id")

        // Edits: the same rules, and a partner changes neither slug nor site.
        const edits: [Record<string, unknown>, string][] = [
          [{ landing_path: "https://evil.com" }, "landing_path must be a path on the site"],
          [{ landing_path: "//evil.com" }, "landing_path must be a path on the site"],
          [{ name: "n".repeat(201) }, "name"],
          [{ slug: "anna-new" }, "unknown field(s) slug"],
          [{ site_id: shop.id }, "unknown field(s) site_id"],
          [{ status: "deleted" }, "status"],
        ]
        for (const [patch, message] of edits) {
          const res = await attempt(api.post(`/store/affiliate/me/referrals/${own.id}`, patch, anna.portal))
          expect({ patch, status: res.status }).toEqual({ patch, status: 400 })
          expect(res.data.message).toContain(message)
        }
        expect(await referralCount()).toBe(before)
        expect(await adminReferral(own.id)).toMatchObject({ name: "Mine", slug: own.slug, landing_path: "/ok", updated_at: ownBefore.updated_at })
      })

      it("refuses a suspended partner's and a pending partner's changes with 403, writing nothing; reads still answer", async () => {
        const { shop, anna } = await world()
        const own = (await api.post("/store/affiliate/me/referrals", { name: "Mine", site_id: shop.id }, anna.portal)).data.referral
        const ownBefore = await adminReferral(own.id)
        await api.post(`/admin/affiliates/${anna.affiliate.id}/status`, { status: "suspended", reason: "Chargebacks under review" }, admin)
        const before = await referralCount()
        const historyBefore = await history(anna.affiliate.id)
        const viewBefore = await adminView(anna.affiliate.id)

        const SUSPENDED = "Your partner account is suspended, so it cannot create or change links. Contact the program team."
        const create = await attempt(api.post("/store/affiliate/me/referrals", { name: "Late", site_id: shop.id }, anna.portal))
        expect([create.status, create.data.message]).toEqual([403, SUSPENDED])
        const edit = await attempt(api.post(`/store/affiliate/me/referrals/${own.id}`, { name: "Renamed" }, anna.portal))
        expect([edit.status, edit.data.message]).toEqual([403, SUSPENDED])
        const agreement = await attempt(api.post("/store/affiliate/me/agreement", { version: "1" }, anna.portal))
        expect([agreement.status, agreement.data.message]).toEqual([403, "Your partner account is suspended, so it cannot accept agreements. Contact the program team."])

        expect(await referralCount()).toBe(before)
        expect(await adminReferral(own.id)).toMatchObject({ name: "Mine", updated_at: ownBefore.updated_at })
        expect(await history(anna.affiliate.id)).toHaveLength(historyBefore.length)
        expect(await adminView(anna.affiliate.id)).toMatchObject({ agreement_version: null, updated_at: viewBefore.updated_at })
        // Reading the products of an approved site is still allowed.
        expect((await api.get(`/store/affiliate/me/sites/${shop.id}/products`, anna.portal)).status).toBe(200)

        // A pending partner creates no links (even on an approved site) but may accept the agreement while onboarding.
        const pia = await partner("Pia Pending", "pia@example.com", "pending")
        await api.post(`/admin/affiliates/${pia.affiliate.id}/site-authorizations`, { site_id: shop.id }, admin)
        const pending = await attempt(api.post("/store/affiliate/me/referrals", { name: "Early", site_id: shop.id }, pia.portal))
        expect([pending.status, pending.data.message]).toEqual([403, "Your partner account is still pending: you can create links once the program team approves it."])
        expect(await referralCount()).toBe(before)
        const accepted = await api.post("/store/affiliate/me/agreement", { version: "1" }, pia.portal)
        expect(accepted.status).toBe(200)
        expect(accepted.data).toMatchObject({ changed: true, affiliate: { status: "pending", agreement_version: "1" } })
      })
    })

    describe("deep links to a site's products", () => {
      async function products() {
        const { result } = await createProductsWorkflow(getContainer()).run({
          input: {
            products: [
              {
                title: "Hiking Poles", handle: "hiking-poles", status: ProductStatus.PUBLISHED, thumbnail: "https://cdn.example.com/poles.jpg",
                options: [{ title: "Length", values: ["110", "130"] }],
                variants: [
                  { title: "110", options: { Length: "110" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 30 }] },
                  { title: "130", options: { Length: "130" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 25 }] },
                ],
                sales_channels: [{ id: store.channels.main }],
              },
              {
                title: "Summit Tent", handle: "summit-tent", status: ProductStatus.PUBLISHED,
                options: [{ title: "Size", values: ["2p"] }],
                variants: [{ title: "2p", options: { Size: "2p" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 199 }] }],
                sales_channels: [{ id: store.channels.outlet }],
              },
              {
                title: "Camp Mug", handle: "camp-mug", status: ProductStatus.DRAFT,
                options: [{ title: "Size", values: ["S"] }],
                variants: [{ title: "S", options: { Size: "S" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 9 }] }],
                sales_channels: [{ id: store.channels.main }],
              },
            ] as any,
          },
        })
        return result
      }

      it("lists the published products of the site's sales channel only, with the lowest price and the path a link lands on", async () => {
        const { shop, nordic, alpine, foreign, anna } = await world()
        await products()
        const res = await api.get(`/store/affiliate/me/sites/${shop.id}/products`, anna.portal)
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ count: 2, limit: 20, offset: 0, region: { id: store.regionId, name: "Europe", currency_code: "eur" } })
        expect(res.data.site).toEqual({ id: shop.id, name: "Shop", domain: "shop.example.com", landing_url: "https://shop.example.com/", locale: null })
        // The outlet's tent and the draft mug are not the shop's to sell.
        expect(res.data.products).toEqual([
          {
            id: expect.any(String), title: "Hiking Poles", handle: "hiking-poles", thumbnail: "https://cdn.example.com/poles.jpg",
            price: { amount: 25, currency_code: "eur", tax_inclusive: false }, landing_path: "/products/hiking-poles",
          },
          {
            id: expect.any(String), title: "Trail Backpack", handle: "trail-backpack", thumbnail: null,
            price: { amount: store.itemPrice, currency_code: "eur", tax_inclusive: false }, landing_path: "/products/trail-backpack",
          },
        ])

        const found = await api.get(`/store/affiliate/me/sites/${shop.id}/products?q=poles`, anna.portal)
        expect(found.data.products.map((p: any) => p.handle)).toEqual(["hiking-poles"])
        expect(found.data.count).toBe(1)
        const paged = await api.get(`/store/affiliate/me/sites/${shop.id}/products?limit=1&offset=1`, anna.portal)
        expect(paged.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(paged.data.products.map((p: any) => p.handle)).toEqual(["trail-backpack"])
        expect((await api.get(`/store/affiliate/me/sites/${shop.id}/products?region_id=${store.regionId}`, anna.portal)).data.products[0].price.amount).toBe(25)

        // A product's landing path makes a deep link.
        const link = (await api.post("/store/affiliate/me/referrals", { name: "Poles", site_id: shop.id, landing_path: res.data.products[0].landing_path }, anna.portal)).data.referral
        expect(new URL((await follow(link.slug)).headers.location).pathname).toBe("/products/hiking-poles")

        // Bad input; sites not approved (requested, none, another program's, unknown) are not found.
        const badRegion = await attempt(api.get(`/store/affiliate/me/sites/${shop.id}/products?region_id=reg_missing`, anna.portal))
        expect([badRegion.status, badRegion.data.message]).toEqual([400, "region_id: region reg_missing was not found."])
        for (const query of ["limit=1000", "offset=-1", "unknown=1", `q=${"q".repeat(201)}`]) {
          expect({ query, status: (await attempt(api.get(`/store/affiliate/me/sites/${shop.id}/products?${query}`, anna.portal))).status }).toEqual({ query, status: 400 })
        }
        for (const id of [nordic.id, alpine.id, foreign.id, "affsite_unknown"]) {
          const refused = await attempt(api.get(`/store/affiliate/me/sites/${id}/products`, anna.portal))
          expect([refused.status, refused.data.message]).toEqual([404, `Site ${id} was not found among the sites you are approved for.`])
        }
        const stranger = await registerCustomer(api, pk, { email: "stranger@example.com" })
        expect((await attempt(api.get(`/store/affiliate/me/sites/${shop.id}/products`, stranger.headers))).status).toBe(404)
      })

      it("follows the site's landing URL: a /de storefront gets /de/products/<handle> and the region selling to Germany", async () => {
        const { nordic, anna } = await world()
        await products()
        const [authorization] = (await api.get(`/admin/affiliates/${anna.affiliate.id}/site-authorizations`, admin)).data.site_authorizations.filter(
          (a: any) => a.site_id === nordic.id
        )
        await api.post(`/admin/affiliate-site-authorizations/${authorization.id}`, { status: "approved" }, admin)
        const res = await api.get(`/store/affiliate/me/sites/${nordic.id}/products`, anna.portal)
        expect(res.data.region).toEqual({ id: store.regionId, name: "Europe", currency_code: "eur" })
        expect(res.data.products.map((p: any) => [p.title, p.landing_path, p.price?.amount])).toEqual([
          ["Summit Tent", "/de/products/summit-tent", 199],
          ["Trail Backpack", "/de/products/trail-backpack", store.itemPrice],
        ])
      })
    })

    describe("accepting the agreement", () => {
      it("accepts only the current version (409 naming it), records it with a history entry, and a second call changes nothing", async () => {
        const { anna } = await world()
        const historyBefore = await history(anna.affiliate.id)

        const old = await attempt(api.post("/store/affiliate/me/agreement", { version: "0" }, anna.portal))
        expect([old.status, old.data.message]).toEqual([409, "Version 0 is not the current partner agreement: the current version is 1."])
        await api.post("/admin/affiliate-programs/affprog_default", { agreement_version: "2", agreement_text: "Version 2 of the terms." }, admin)
        const stale = await attempt(api.post("/store/affiliate/me/agreement", { version: "1" }, anna.portal))
        expect([stale.status, stale.data.message]).toEqual([409, "Version 1 is not the current partner agreement: the current version is 2."])
        const bad = await attempt(api.post("/store/affiliate/me/agreement", { version: "2", accepted_at: "2020-01-01" }, anna.portal))
        expect([bad.status, bad.data.message]).toEqual([400, "Invalid request: unknown field(s) accepted_at"])
        expect(await adminView(anna.affiliate.id)).toMatchObject({ agreement_version: null, agreement_accepted_at: null })
        expect(await history(anna.affiliate.id)).toHaveLength(historyBefore.length)

        const accepted = await api.post("/store/affiliate/me/agreement", { version: "2" }, anna.portal)
        expect(accepted.status).toBe(200)
        expect(accepted.data.changed).toBe(true)
        expect(accepted.data.affiliate).toMatchObject({ id: anna.affiliate.id, agreement_version: "2", agreement_accepted_at: expect.any(String) })
        const entries = (await history(anna.affiliate.id)).filter((c) => c.kind === "agreement")
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({
          actor_type: "customer", from_status: "active", to_status: "active",
          reason: "Accepted partner agreement version 2",
          change: { before: { version: null, accepted_at: null }, after: { version: "2" } },
        })
        expect((await history(anna.affiliate.id)).length).toBe(historyBefore.length + 1)

        const again = await api.post("/store/affiliate/me/agreement", { version: "2" }, anna.portal)
        expect(again.status).toBe(200)
        expect(again.data.changed).toBe(false)
        expect(again.data.affiliate).toMatchObject({
          agreement_version: "2",
          agreement_accepted_at: accepted.data.affiliate.agreement_accepted_at,
          updated_at: accepted.data.affiliate.updated_at,
        })
        expect((await history(anna.affiliate.id)).length).toBe(historyBefore.length + 1)

        // The next version replaces this one, and the entry says which.
        await api.post("/admin/affiliate-programs/affprog_default", { agreement_version: "3" }, admin)
        await api.post("/store/affiliate/me/agreement", { version: "3" }, anna.portal)
        const latest = (await history(anna.affiliate.id)).filter((c) => c.kind === "agreement")
        expect(latest.map((c) => c.reason).sort()).toEqual(["Accepted partner agreement version 2", "Accepted partner agreement version 3 (replacing version 2)"])
      })
    })
  },
})
