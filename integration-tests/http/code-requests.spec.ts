import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { attempt, createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, storeHeaders, TestStore } from "../helpers/store"

jest.setTimeout(300 * 1000)

const SHOP = "shop.example.com"
/** Keys that are the operator's business, never in a partner's answer. */
const OPERATOR_KEYS = ["decided_by", "normalized_code", "metadata", "deleted_at", "promotion_id"]

function keysDeep(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, found))
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      found.add(key)
      keysDeep(v, found)
    }
  }
  return found
}

/**
 * Partners ask for codes of their own choosing, over HTTP against a real
 * Medusa app: queued for the operator or granted at once, a taken code refused
 * without writing anything, every partner confined to their own requests, and
 * new partners given a code on approval, once.
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

    const affiliateModule = () => getContainer().resolve("affiliate") as any
    const setProgram = (body: Record<string, unknown>) => api.post("/admin/affiliate-programs/affprog_default", body, admin)
    const ask = (who: Headers, body: Record<string, unknown>) => attempt(api.post("/store/affiliate/me/code-requests", body, who))
    const mine = async (who: Headers) => (await api.get("/store/affiliate/me/code-requests", who)).data.code_requests as any[]
    const queue = async (query = "status=pending") => (await api.get(`/admin/affiliate-code-requests?${query}`, admin)).data
    const approve = (id: string, body: Record<string, unknown> = {}) => attempt(api.post(`/admin/affiliate-code-requests/${id}/approve`, body, admin))
    const refuse = (id: string, body: Record<string, unknown>) => attempt(api.post(`/admin/affiliate-code-requests/${id}/refuse`, body, admin))
    const withdraw = (who: Headers, id: string) => attempt(api.post(`/store/affiliate/me/code-requests/${id}/withdraw`, {}, who))
    const attach = (cartId: string, code: string) => attempt(api.post(`/store/affiliate/carts/${cartId}/attribution`, { code }, storeHeaders(pk)))
    /** What the database holds: code requests, vouchers and codes. */
    const counts = async () => ({
      requests: (await affiliateModule().listAffiliateCodeRequests({})).length,
      vouchers: (await affiliateModule().listAffiliateVouchers({})).length,
      codes: (await affiliateModule().listAffiliateVoucherCodes({})).length,
    })

    /** The shop site; Anna and Bruno, active partners with portal logins and a link each; Bruno has BRUNO10 (alias BRUNO-PODCAST). */
    async function world() {
      const shop = (await api.post("/admin/affiliate-sites", { name: "Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main }, admin)).data.site
      const partner = async (name: string, email: string, slug: string) => {
        const login = await registerCustomer(api, pk, { email })
        const affiliate = (await api.post("/admin/affiliates", { name, kind: "external", status: "active", email, customer_id: login.customer.id }, admin)).data.affiliate
        await api.post(`/admin/affiliates/${affiliate.id}/site-authorizations`, { site_id: shop.id }, admin)
        const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: affiliate.id, name: "Blog", slug, site_id: shop.id }, admin)).data.referral
        return { affiliate, link, portal: login.headers }
      }
      const anna = await partner("Anna Outdoors", "anna@example.com", "anna-blog")
      const bruno = await partner("Bruno Bikes", "bruno@example.com", "bruno-blog")
      const brunoVoucher = (await api.post("/admin/affiliate-vouchers", { referral_id: bruno.link.id, code: "BRUNO10", aliases: ["Bruno-Podcast"] }, admin)).data.voucher
      return { shop, anna, bruno, brunoVoucher }
    }

    describe("review mode", () => {
      it("queues the request; once approved, the code attributes an order to the partner and gives its incentive in Medusa's promo field", async () => {
        const { anna } = await world()
        const events: { name: string; data: any }[] = []
        const eventBus = getContainer().resolve(Modules.EVENT_BUS) as any
        for (const name of ["affiliate.code_request_created", "affiliate.code_request_decided"]) {
          eventBus.subscribe(name, async (event: any) => {
            events.push({ name, data: event.data })
          })
        }
        const asked = await ask(anna.portal, { referral_id: anna.link.id, code: " anna summer ", kind: "code" })
        expect(asked.status).toBe(201)
        expect(asked.data.code_request).toEqual({
          id: expect.stringMatching(/^affcreq_/), referral_id: anna.link.id, kind: "code", voucher_id: null, code: "anna summer",
          status: "pending", reason: null, decided_at: null, created_at: expect.any(String),
        })
        const requestId = asked.data.code_request.id
        expect((await mine(anna.portal)).map((r) => [r.id, r.status])).toEqual([[requestId, "pending"]])

        // The operator's queue shows who asked, for which link, and what.
        const pending = await queue()
        expect(pending.count).toBe(1)
        expect(pending.code_requests[0]).toMatchObject({
          id: requestId, kind: "code", code: "anna summer", normalized_code: "ANNASUMMER", status: "pending",
          affiliate: { id: anna.affiliate.id, name: "Anna Outdoors" }, referral: { id: anna.link.id, slug: "anna-blog" },
        })

        // Not a code yet.
        const early = await createCart(api, pk, store, { email: "early@example.com" })
        expect((await attach(early.id, "ANNASUMMER")).status).toBe(404)

        const approved = await approve(requestId, { incentive: { type: "percentage", value: 10 } })
        expect(approved.status).toBe(200)
        expect(approved.data.code_request).toMatchObject({ status: "approved", decided_by: expect.stringMatching(/^user_/), voucher: { code: "ANNASUMMER" } })
        expect(approved.data.code_request.voucher_code_id).toMatch(/^affcode_/)
        expect(approved.data.code_request.decided_at).not.toBeNull()

        // The partner sees it approved, and the voucher on their link.
        const [seen] = await mine(anna.portal)
        expect(seen).toMatchObject({ id: requestId, status: "approved", voucher_id: approved.data.code_request.voucher_id, reason: null })
        const me = (await api.get("/store/affiliate/me", anna.portal)).data.affiliate
        expect(me.referrals[0].vouchers).toEqual([expect.objectContaining({ code: "ANNASUMMER", has_incentive: true })])

        // The code, typed any way, attaches to a cart, applies the incentive and attributes the order to Anna.
        const cart = await createCart(api, pk, store, { email: "shopper@example.com" })
        const attached = await attach(cart.id, "Anna Summer")
        expect(attached.status).toBe(200)
        expect(attached.data.promotion_code).toBe("ANNASUMMER")
        const order = await completeCart(api, pk, store, cart.id)
        const attribution = await eventually(async () => (await affiliateModule().listAffiliateAttributions({ order_id: order.id }))[0], `the attribution of ${order.id}`)
        expect(attribution).toMatchObject({ status: "attributed", source: "code", affiliate_id: anna.affiliate.id, referral_id: anna.link.id, voucher_code: "ANNASUMMER" })
        expect(Number(order.total)).toBeCloseTo(store.itemPrice * 0.9 + store.shippingPrice)

        // Medusa's own promotion field takes it too.
        const other = await createCart(api, pk, store, { email: "promo@example.com" })
        const typed = await api.post(`/store/carts/${other.id}/promotions`, { promo_codes: ["anna summer"] }, storeHeaders(pk))
        expect(typed.data.cart.promotions.map((p: any) => p.code)).toEqual(["ANNASUMMER"])

        // Other subscribers (notifications, webhooks) hear of both moments.
        const created = await eventually(async () => events.find((e) => e.name === "affiliate.code_request_created" && e.data.id === requestId), "the created event")
        expect(created.data).toEqual({ id: requestId, affiliate_id: anna.affiliate.id, program_id: "affprog_default", kind: "code", code: "ANNASUMMER", status: "pending" })
        const decided = await eventually(async () => events.find((e) => e.name === "affiliate.code_request_decided" && e.data.id === requestId), "the decided event")
        expect(decided.data).toMatchObject({ id: requestId, affiliate_id: anna.affiliate.id, status: "approved", reason: null })

        // Decided once.
        const again = await approve(requestId)
        expect(again.status).toBe(409)
        expect(again.data.message).toBe("The request for ANNASUMMER was already approved; it cannot be approved now.")
        expect((await refuse(requestId, { reason: "Changed my mind" })).status).toBe(409)
        expect((await withdraw(anna.portal, requestId)).status).toBe(409)
        expect(await counts()).toMatchObject({ vouchers: 2 })
      })

      it("refuses with a reason the partner reads; a withdrawn or refused request is never decided again", async () => {
        const { anna } = await world()
        const podcast = (await api.post("/admin/affiliate-vouchers", { referral_id: anna.link.id, code: "ANNA-PODCAST" }, admin)).data.voucher
        const alias = await ask(anna.portal, { referral_id: anna.link.id, code: "annapod", kind: "alias", voucher_id: podcast.id })
        expect(alias.status).toBe(201)
        expect(alias.data.code_request).toMatchObject({ kind: "alias", voucher_id: podcast.id, status: "pending" })
        const id = alias.data.code_request.id

        // A reason is required: the partner is told why.
        const bare = await refuse(id, {})
        expect(bare.status).toBe(400)
        expect(bare.data.message).toContain("reason")
        expect((await refuse(id, { reason: "   " })).status).toBe(400)
        const refused = await refuse(id, { reason: "Too close to our own brand name." })
        expect(refused.status).toBe(200)
        expect(refused.data.code_request).toMatchObject({ status: "refused", reason: "Too close to our own brand name." })
        const [seen] = await mine(anna.portal)
        expect(seen).toMatchObject({ id, status: "refused", reason: "Too close to our own brand name." })
        expect(seen.decided_at).not.toBeNull()
        const twice = await approve(id)
        expect(twice.status).toBe(409)
        expect(twice.data.message).toBe("The request for ANNAPOD was already refused; it cannot be approved now.")
        expect((await refuse(id, { reason: "again" })).status).toBe(409)
        // Refused: no alias was added.
        expect((await affiliateModule().listAffiliateVoucherCodes({ voucher_id: podcast.id })).map((c: any) => c.normalized_code)).toEqual(["ANNA-PODCAST"])

        // The same code may be asked for again after a refusal, but only once while it waits.
        expect((await ask(anna.portal, { referral_id: anna.link.id, code: "ANNAPOD", kind: "alias", voucher_id: podcast.id })).status).toBe(201)
        const dup = await ask(anna.portal, { referral_id: anna.link.id, code: "anna pod", kind: "alias", voucher_id: podcast.id })
        expect(dup.status).toBe(409)
        expect(dup.data.message).toBe("You already asked for ANNAPOD; that request is waiting for review.")

        // Withdrawn by the partner: out of the queue, and final.
        const hike = (await ask(anna.portal, { referral_id: anna.link.id, code: "anna-hike" })).data.code_request
        const withdrawn = await withdraw(anna.portal, hike.id)
        expect(withdrawn.status).toBe(200)
        expect(withdrawn.data.code_request).toMatchObject({ id: hike.id, status: "withdrawn" })
        expect((await withdraw(anna.portal, hike.id)).status).toBe(409)
        const late = await approve(hike.id)
        expect(late.status).toBe(409)
        expect(late.data.message).toBe("The request for ANNA-HIKE was already withdrawn by the partner; it cannot be approved now.")
        expect((await queue()).code_requests.map((r: any) => r.normalized_code)).toEqual(["ANNAPOD"])
        expect((await mine(anna.portal)).map((r) => r.status).sort()).toEqual(["pending", "refused", "withdrawn"])
      })

      it("answers 409 when the code was taken before the approval; the request stays pending and can still be refused", async () => {
        const { anna, bruno } = await world()
        const asked = (await ask(anna.portal, { referral_id: anna.link.id, code: "SPRING" })).data.code_request
        // Meanwhile the operator gives SPRING (in another spelling) to Bruno.
        await api.post("/admin/affiliate-vouchers", { referral_id: bruno.link.id, code: "spring" }, admin)
        const before = await counts()

        const approved = await approve(asked.id)
        expect(approved.status).toBe(409)
        expect(approved.data.message).toBe(
          "The code SPRING is already in use by another voucher. The request stays pending: refuse it with a reason, or ask the partner for another code."
        )
        expect(await counts()).toEqual(before)
        expect((await mine(anna.portal))[0]).toMatchObject({ id: asked.id, status: "pending", decided_at: null })
        expect((await refuse(asked.id, { reason: "Taken by another partner; pick another." })).status).toBe(200)
      })
    })

    describe("auto mode", () => {
      it("grants a free code and an alias at once; the code works on a cart right away", async () => {
        const { anna } = await world()
        const program = (await setProgram({ code_requests: "auto" })).data.program
        expect(program).toMatchObject({ code_requests: "auto", auto_code_for_new_partners: false })

        const code = await ask(anna.portal, { referral_id: anna.link.id, code: "anna-trail" })
        expect(code.status).toBe(201)
        expect(code.data.code_request).toMatchObject({ status: "approved", code: "anna-trail", voucher_id: expect.stringMatching(/^affvch_/) })
        expect(code.data.code_request.decided_at).not.toBeNull()
        const voucherId = code.data.code_request.voucher_id

        const alias = await ask(anna.portal, { referral_id: anna.link.id, code: "trail anna", kind: "alias", voucher_id: voucherId })
        expect(alias.status).toBe(201)
        expect(alias.data.code_request).toMatchObject({ status: "approved", kind: "alias", voucher_id: voucherId })
        expect((await affiliateModule().listAffiliateVoucherCodes({ voucher_id: voucherId })).map((c: any) => c.normalized_code).sort()).toEqual(["ANNA-TRAIL", "TRAILANNA"])

        const cart = await createCart(api, pk, store, { email: "auto@example.com" })
        const attached = await attach(cart.id, "TRAIL ANNA")
        expect(attached.status).toBe(200)
        // The alias as the partner typed it, on the cart; it answers for Anna's voucher.
        expect(attached.data.affiliate.code).toBe("trail anna")
        expect((await queue()).count).toBe(0)
        expect((await queue("status=approved")).count).toBe(2)
      })

      it("refuses a taken code (another partner's code or alias, in any case) and invalid input, writing nothing", async () => {
        const { anna, brunoVoucher } = await world()
        await setProgram({ code_requests: "auto" })
        const promotions = getContainer().resolve(Modules.PROMOTION) as any
        await promotions.createPromotions([{ code: "BLACKFRIDAY", type: "standard", status: "active", application_method: { type: "percentage", target_type: "order", value: 20 } }])
        const before = await counts()

        const cases: [Record<string, unknown>, number, string][] = [
          [{ code: "bruno10" }, 409, "The code BRUNO10 is already in use by another voucher."],
          [{ code: " Bruno 10 " }, 409, "The code BRUNO10 is already in use by another voucher."],
          [{ code: "bRUNO-podcast" }, 409, "The code BRUNO-PODCAST is already in use by another voucher."],
          [{ code: "blackfriday" }, 409, "The code BLACKFRIDAY is already a promotion code in this store (BLACKFRIDAY)."],
          [{ code: "$$$" }, 400, "code: A code has 3 to 32 letters, digits or inner hyphens (for example SUMMER-10)."],
          [{ code: "ab" }, 400, "code: A code has 3 to 32 letters"],
          [{ code: "GOOD1", kind: "alias" }, 400, "voucher_id"],
          [{ code: "GOOD1", voucher_id: brunoVoucher.id }, 400, "voucher_id"],
          [{ code: "GOOD1", note: "extra" }, 400, "unknown field"],
        ]
        for (const [body, status, message] of cases) {
          const res = await ask(anna.portal, { referral_id: anna.link.id, ...body })
          expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status])
          expect(res.data.message).toContain(message)
        }
        expect(await counts()).toEqual(before)
        expect(await mine(anna.portal)).toEqual([])
      })
    })

    describe("every partner on their own requests", () => {
      it("hides one partner's requests, links and vouchers from the other (404) and shows no operator field", async () => {
        const { anna, bruno, brunoVoucher } = await world()
        const annas = (await ask(anna.portal, { referral_id: anna.link.id, code: "ANNA-ONLY" })).data.code_request
        const before = await counts()

        expect(await mine(bruno.portal)).toEqual([])
        const stolen = await withdraw(bruno.portal, annas.id)
        expect(stolen.status).toBe(404)
        expect(stolen.data.message).toBe(`Code request ${annas.id} was not found.`)
        const foreignLink = await ask(bruno.portal, { referral_id: anna.link.id, code: "BRUNO-ON-ANNA" })
        expect(foreignLink.status).toBe(404)
        expect(foreignLink.data.message).toBe(`Referral ${anna.link.id} was not found.`)
        const foreignVoucher = await ask(anna.portal, { referral_id: anna.link.id, code: "ANNA-ON-BRUNO", kind: "alias", voucher_id: brunoVoucher.id })
        expect(foreignVoucher.status).toBe(404)
        expect(await counts()).toEqual(before)
        expect((await mine(anna.portal))[0]).toMatchObject({ id: annas.id, status: "pending" })

        // Refused, the answer a partner reads still holds no operator field.
        await refuse(annas.id, { reason: "No." })
        const listed = (await api.get("/store/affiliate/me/code-requests", anna.portal)).data
        expect(listed.count).toBe(1)
        expect(OPERATOR_KEYS.filter((k) => keysDeep(listed).has(k))).toEqual([])
        // A customer with no partner account has no requests to read.
        const stranger = await registerCustomer(api, pk, { email: "stranger@example.com" })
        expect((await attempt(api.get("/store/affiliate/me/code-requests", stranger.headers))).status).toBe(404)
      })

      it("refuses a suspended partner's requests and withdrawals (403), writing nothing; they can still read", async () => {
        const { anna } = await world()
        const waiting = (await ask(anna.portal, { referral_id: anna.link.id, code: "ANNA-WAIT" })).data.code_request
        await api.post(`/admin/affiliates/${anna.affiliate.id}/status`, { status: "suspended", reason: "Under review" }, admin)
        const before = await counts()

        const asked = await ask(anna.portal, { referral_id: anna.link.id, code: "ANNA-NEW" })
        expect(asked.status).toBe(403)
        expect(asked.data.message).toBe("Your partner account is suspended, so it cannot request codes. Contact the program team.")
        expect((await withdraw(anna.portal, waiting.id)).status).toBe(403)
        expect(await counts()).toEqual(before)
        expect((await mine(anna.portal))[0]).toMatchObject({ id: waiting.id, status: "pending" })
      })
    })

    describe("a code for every new partner", () => {
      /** A customer applies; the program does not approve automatically, so the application waits. */
      async function applicant(email: string, name: string) {
        const login = await registerCustomer(api, pk, { email })
        const applied = await api.post("/store/affiliate/apply", { agreement_version: "1", name }, login.headers)
        expect(applied.data.affiliate.status).toBe("pending")
        return { id: applied.data.affiliate.id as string, portal: login.headers }
      }
      const status = (id: string, to: string) => attempt(api.post(`/admin/affiliates/${id}/status`, { status: to, reason: "Reviewed" }, admin))
      const codesOf = async (portal: Headers) => {
        const me = (await api.get("/store/affiliate/me", portal)).data.affiliate
        return me.referrals.flatMap((r: any) => r.vouchers.map((v: any) => ({ link: r.name, code: v.code })))
      }

      it("gives an approved applicant one working code, once, whatever happens next", async () => {
        const { shop } = await world()
        await setProgram({ auto_code_for_new_partners: true })
        const carla = await applicant("carla@example.com", "Carla Climbs")
        expect(await codesOf(carla.portal)).toEqual([])

        expect((await status(carla.id, "active")).status).toBe(200)
        expect(await codesOf(carla.portal)).toEqual([{ link: "Main link", code: "CARLA-CLIMBS" }])
        // Approved for the shop, the code works there.
        await api.post(`/admin/affiliates/${carla.id}/site-authorizations`, { site_id: shop.id }, admin)
        const cart = await createCart(api, pk, store, { email: "climber@example.com" })
        const attached = await attach(cart.id, "Carla-Climbs")
        expect(attached.status).toBe(200)
        expect(attached.data.affiliate.code).toBe("CARLA-CLIMBS")

        // Approving again is refused; suspension and reactivation give no second code.
        expect((await status(carla.id, "active")).status).toBe(409)
        await status(carla.id, "suspended")
        await status(carla.id, "active")
        expect(await codesOf(carla.portal)).toHaveLength(1)

        // A rejected applicant approved later gets theirs on the link they already have; a taken name gets a number.
        const second = await applicant("carla2@example.com", "Carla Climbs")
        const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: second.id, name: "Videos", slug: "carla-videos" }, admin)).data.referral
        await status(second.id, "rejected")
        await status(second.id, "active")
        expect(await codesOf(second.portal)).toEqual([{ link: link.name, code: "CARLA-CLIMBS-2" }])
      })

      it("gives nothing when the program does not ask for it, or when the partner already has a code", async () => {
        const { anna } = await world()
        const dora = await applicant("dora@example.com", "Dora Dives")
        await status(dora.id, "active")
        expect(await codesOf(dora.portal)).toEqual([])

        await setProgram({ auto_code_for_new_partners: true })
        const emil = await applicant("emil@example.com", "Emil Explores")
        const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: emil.id, name: "Shop", slug: "emil-shop" }, admin)).data.referral
        await api.post("/admin/affiliate-vouchers", { referral_id: link.id, code: "EMIL5" }, admin)
        await status(emil.id, "active")
        expect(await codesOf(emil.portal)).toEqual([{ link: "Shop", code: "EMIL5" }])
        // Anna, active before the setting, keeps what she had.
        expect(await codesOf(anna.portal)).toEqual([])
      })
    })
  },
})
