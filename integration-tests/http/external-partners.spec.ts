import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { tokenFromInvitationLink } from "../../src/domain/recruit/invitation-link"
import { attempt, createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"

jest.setTimeout(180 * 1000)

/**
 * POST /admin/affiliates/invite-external over HTTP: the operator adds an
 * external partner by name and email. A storefront account with that email
 * becomes the partner at once and can sign in to the portal; any other email
 * gets an invitation whose acceptance creates the partner. Duplicates answer
 * 409 and bad input 400, writing nothing.
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

    const inviteExternal = (body: Record<string, unknown>) => attempt(api.post("/admin/affiliates/invite-external", body, admin))
    const affiliate = () => getContainer().resolve("affiliate") as any
    /** Partners and invitations in the database, to prove a refusal wrote nothing. */
    const rows = async () => ({
      affiliates: (await affiliate().listAffiliates({})).length,
      invitations: (await affiliate().listAffiliateInvitations({})).length,
      customers: (await (getContainer().resolve(Modules.CUSTOMER) as any).listCustomers({})).length,
    })

    it("links a storefront customer with that email: an active partner who can sign in to the portal", async () => {
      const lena = await registerCustomer(api, pk, { email: "lena@travel.example", first_name: "Lena", last_name: "Lake" })
      // Not a partner yet.
      expect((await attempt(api.get("/store/affiliate/me", lena.headers))).status).toBe(404)

      // The operator types the address in another case.
      const res = await inviteExternal({ name: "Lena Travels", email: "  Lena@Travel.example " })
      expect(res.status).toBe(201)
      expect(res.data.action).toBe("linked")
      expect(res.data.affiliate).toMatchObject({
        kind: "external",
        status: "active",
        name: "Lena Travels",
        email: "lena@travel.example",
        customer_id: lena.customer.id,
        program_id: "affprog_default",
      })
      expect(res.data.invitation).toBeUndefined()
      expect(await affiliate().listAffiliateInvitations({})).toEqual([])

      const me = await api.get("/store/affiliate/me", lena.headers)
      expect(me.data.affiliate).toMatchObject({ id: res.data.affiliate.id, status: "active", name: "Lena Travels" })

      const history = (await api.get(`/admin/affiliates/${res.data.affiliate.id}/status-history`, admin)).data.status_changes
      expect(history).toEqual([expect.objectContaining({ from_status: null, to_status: "active", actor_type: "user", reason: "Created by an administrator" })])
    })

    it("invites an email without a storefront account; accepting after sign-up creates the partner", async () => {
      const before = await rows()
      const res = await inviteExternal({ name: "Milo Makes", email: "milo@makes.example", message: "Welcome aboard" })
      expect(res.status).toBe(201)
      expect(res.data.action).toBe("invited")
      expect(res.data.affiliate).toBeUndefined()
      expect(res.data.invitation).toMatchObject({ email: "milo@makes.example", name: "Milo Makes", kind: "external", state: "open", message: "Welcome aboard" })
      expect(res.data.invitation.token_hash).toBeUndefined()
      // The test app has a notification provider for email.
      expect(res.data.email).toMatchObject({ sent: true, channel: "email" })
      const token = tokenFromInvitationLink(res.data.invitation_url)!
      expect(token.length).toBeGreaterThan(20)
      expect(await rows()).toEqual({ ...before, invitations: before.invitations + 1 })

      const milo = await registerCustomer(api, pk, { email: "milo@makes.example" })
      const program = (await api.get("/admin/affiliate-programs/affprog_default", admin)).data.program
      const accepted = await api.post(
        "/store/affiliate/invitations/accept",
        { token, ...(program.agreement_version ? { agreement_version: program.agreement_version } : {}) },
        milo.headers
      )
      expect(accepted.status).toBe(201)
      expect(accepted.data.affiliate).toMatchObject({ status: "active", name: "Milo Makes", kind: "external" })
      const created = (await api.get(`/admin/affiliates/${accepted.data.affiliate.id}`, admin)).data.affiliate
      expect(created).toMatchObject({ customer_id: milo.customer.id, invitation_id: res.data.invitation.id })
      const me = await api.get("/store/affiliate/me", milo.headers)
      expect(me.data.affiliate.id).toBe(accepted.data.affiliate.id)
      const invitation = (await api.get("/admin/affiliate-invitations?state=accepted", admin)).data.invitations
      expect(invitation).toEqual([expect.objectContaining({ id: res.data.invitation.id, affiliate_id: accepted.data.affiliate.id })])
    })

    it("invites rather than links a guest customer: an account that cannot sign in is nothing to link", async () => {
      const [guest] = await (getContainer().resolve(Modules.CUSTOMER) as any).createCustomers([{ email: "guest@checkout.example", has_account: false }])
      const res = await inviteExternal({ name: "Gus Guest", email: "guest@checkout.example" })
      expect(res.status).toBe(201)
      expect(res.data.action).toBe("invited")
      expect(await affiliate().listAffiliates({ customer_id: guest.id })).toEqual([])
    })

    it("answers 409 for a partner or an open invitation with that email, in any case, writing nothing", async () => {
      const nora = await registerCustomer(api, pk, { email: "nora@north.example" })
      const linked = await inviteExternal({ name: "Nora North", email: "nora@north.example" })
      expect(linked.data.action).toBe("linked")
      const invited = await inviteExternal({ name: "Otto Open", email: "otto@open.example" })
      expect(invited.data.action).toBe("invited")
      // A partner the operator created by hand earlier, email only.
      await api.post("/admin/affiliates", { name: "Paul Manual", kind: "external", email: "paul@manual.example" }, admin)

      const before = await rows()
      for (const [email, message] of [
        ["nora@north.example", /nora@north.example already has a partner account in this program \(.+, status: active\)/],
        ["NORA@north.example", /already has a partner account/],
        ["otto@open.example", /invitation to otto@open.example is still open .*revoke it/],
        ["Otto@Open.Example", /still open/],
        ["paul@manual.example", /already has a partner account/],
      ] as const) {
        const res = await inviteExternal({ name: "Again", email })
        expect([email, res.status]).toEqual([email, 409])
        expect(res.data.message).toMatch(message)
      }
      expect(await rows()).toEqual(before)
      expect((await api.get("/store/affiliate/me", nora.headers)).data.affiliate.id).toBe(linked.data.affiliate.id)

      // Once the invitation is revoked, the operator may invite again.
      await api.post(`/admin/affiliate-invitations/${invited.data.invitation.id}/revoke`, {}, admin)
      expect((await inviteExternal({ name: "Otto Open", email: "otto@open.example" })).data.action).toBe("invited")
    })

    it("answers 400 for a bad email or body and 404 for an unknown program, writing nothing", async () => {
      await registerCustomer(api, pk, { email: "quinn@quiet.example" })
      const before = await rows()
      for (const [body, message] of [
        [{ name: "Quinn", email: "not-an-email" }, /email/],
        [{ name: "Quinn", email: "quinn@" }, /email/],
        [{ name: "Quinn", email: "" }, /email/],
        [{ name: "Quinn" }, /email/],
        [{ email: "quinn@quiet.example" }, /name/],
        [{ name: "   ", email: "quinn@quiet.example" }, /name/],
        [{ name: "Quinn", email: "quinn@quiet.example", kind: "internal" }, /unknown field\(s\) kind/],
        [{ name: "Quinn", email: "quinn@quiet.example", customer_id: "cus_x" }, /unknown field\(s\) customer_id/],
        [{ name: "Quinn", email: ["quinn@quiet.example"] }, /email/],
      ] as const) {
        const res = await inviteExternal(body)
        expect([body, res.status]).toEqual([body, 400])
        expect(res.data.message).toMatch(message)
      }
      const unknown = await inviteExternal({ name: "Quinn", email: "quinn@quiet.example", program_id: "affprog_nope" })
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/affprog_nope was not found/)
      expect(await rows()).toEqual(before)
    })

    it("adds partners to the program it is given, and refuses a closed program with 409", async () => {
      const wholesale = (await api.post("/admin/affiliate-programs", { name: "Wholesale", handle: "wholesale-external", registration_mode: "invite" }, admin)).data.program
      const rita = await registerCustomer(api, pk, { email: "rita@retail.example" })
      const res = await inviteExternal({ name: "Rita Retail", email: "rita@retail.example", program_id: wholesale.id })
      expect(res.status).toBe(201)
      expect(res.data).toMatchObject({ action: "linked", affiliate: { program_id: wholesale.id, customer_id: rita.customer.id, status: "active" } })

      const closed = (await api.post("/admin/affiliate-programs", { name: "Closed", handle: "closed-external", registration_mode: "closed" }, admin)).data.program
      const before = await rows()
      const refused = await inviteExternal({ name: "Rita Retail", email: "rita@retail.example", program_id: closed.id })
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/closed to new partners/)
      expect(await rows()).toEqual(before)
    })

    it("refuses callers who are not admins with 401", async () => {
      const before = await rows()
      const anonymous = await attempt(api.post("/admin/affiliates/invite-external", { name: "X", email: "x@example.com" }))
      expect(anonymous.status).toBe(401)
      const customer = await registerCustomer(api, pk, { email: "sneaky@example.com" })
      const asCustomer = await attempt(api.post("/admin/affiliates/invite-external", { name: "X", email: "x@example.com" }, customer.headers))
      expect(asCustomer.status).toBe(401)
      expect((await rows()).affiliates).toBe(before.affiliates)
      expect((await rows()).invitations).toBe(before.invitations)
    })
  },
})
