import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { attempt, createAdminUser, createPublishableKey, registerCustomer, Headers } from "../helpers/actors"
import { tokenFromInvitationLink } from "../../src/domain/recruit/invitation-link"

jest.setTimeout(180 * 1000)

/**
 * Recruit over HTTP against a real Medusa app: programs, accounts created by
 * the operator, applications, invitations and the status lifecycle, with
 * every refusal answered clearly and changing nothing.
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

    const affiliateCount = async () => (await api.get("/admin/affiliates?limit=1", admin)).data.count

    describe("programs", () => {
      it("starts with one default program that the admin can read and edit", async () => {
        const list = await api.get("/admin/affiliate-programs", admin)
        expect(list.data.count).toBe(1)
        const [program] = list.data.programs
        expect(program).toMatchObject({ is_default: true, registration_mode: "open", agreement_version: "1" })

        const updated = await api.post(
          `/admin/affiliate-programs/${program.id}`,
          { auto_approve: true, hold_days: 14, payout_minimums: { eur: 50, usd: 60 }, timezone: "Europe/Berlin" },
          admin
        )
        expect(updated.data.program).toMatchObject({ auto_approve: true, hold_days: 14, timezone: "Europe/Berlin" })
        expect(updated.data.program.payout_minimums).toEqual({ eur: 50, usd: 60 })
        expect((await api.get(`/admin/affiliate-programs/${program.id}`, admin)).data.program.hold_days).toBe(14)
      })

      it("creates programs, moves the default flag, and refuses a duplicate handle", async () => {
        const created = await api.post(
          "/admin/affiliate-programs",
          { name: "Creators", handle: "creators", registration_mode: "invite", is_default: true },
          admin
        )
        expect(created.status).toBe(201)
        const programs = (await api.get("/admin/affiliate-programs?order=created_at", admin)).data.programs
        expect(programs.filter((p: any) => p.is_default).map((p: any) => p.handle)).toEqual(["creators"])

        const duplicate = await attempt(api.post("/admin/affiliate-programs", { name: "Again", handle: "creators" }, admin))
        expect(duplicate.status).toBe(409)
        expect(duplicate.data.message).toContain('"creators" already exists')
        expect((await api.get("/admin/affiliate-programs", admin)).data.count).toBe(2)
      })

      it("refuses bad program input with a 400 naming the field, and unknown ids with 404", async () => {
        const bad = await attempt(api.post("/admin/affiliate-programs/affprog_default", { attribution_window_days: 0 }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("attribution_window_days")
        const unknownField = await attempt(api.post("/admin/affiliate-programs/affprog_default", { colour: "red" }, admin))
        expect(unknownField.status).toBe(400)
        expect(unknownField.data.message).toContain("colour")
        const badTz = await attempt(api.post("/admin/affiliate-programs/affprog_default", { timezone: "Mars/Olympus" }, admin))
        expect(badTz.status).toBe(400)
        expect(badTz.data.message).toContain("timezone")
        const badOrder = await attempt(api.get("/admin/affiliate-programs?order=password", admin))
        expect(badOrder.status).toBe(400)
        expect((await attempt(api.get("/admin/affiliate-programs/affprog_nope", admin))).status).toBe(404)
        expect((await attempt(api.post("/admin/affiliate-programs/affprog_nope", { name: "x" }, admin))).status).toBe(404)
        const unchanged = (await api.get("/admin/affiliate-programs/affprog_default", admin)).data.program
        expect(unchanged.attribution_window_days).toBe(30)
      })

      it("keeps the default program the default unless another takes over", async () => {
        const refused = await attempt(api.post("/admin/affiliate-programs/affprog_default", { is_default: false }, admin))
        expect(refused.status).toBe(409)
        expect((await api.get("/admin/affiliate-programs/affprog_default", admin)).data.program.is_default).toBe(true)
      })

      it("answers 401 to admin routes without an admin session", async () => {
        // One request at a time: a refusal must never be an unhandled rejection while another is awaited.
        for (const call of [
          () => api.get("/admin/affiliate-programs"),
          () => api.get("/admin/affiliates"),
          () => api.post("/admin/affiliates", { name: "x" }),
          () => api.get("/admin/affiliate-invitations"),
        ]) {
          expect((await attempt(call())).status).toBe(401)
        }
        const { headers } = await registerCustomer(api, pk, { email: "sneaky@example.com" })
        expect((await attempt(api.get("/admin/affiliates", { headers }))).status).toBe(401)
      })
    })

    describe("accounts created by the operator", () => {
      it("creates an internal channel account, active, with its first history row", async () => {
        const res = await api.post("/admin/affiliates", { name: "Facebook campaigns", kind: "internal" }, admin)
        expect(res.status).toBe(201)
        expect(res.data.affiliate).toMatchObject({ kind: "internal", status: "active", program_id: "affprog_default" })
        const history = await api.get(`/admin/affiliates/${res.data.affiliate.id}/status-history`, admin)
        expect(history.data.status_changes).toHaveLength(1)
        expect(history.data.status_changes[0]).toMatchObject({ from_status: null, to_status: "active", actor_type: "user" })
        expect(history.data.status_changes[0].actor_id).toMatch(/^user_/)
      })

      it("refuses payout details on an internal account and creates nothing", async () => {
        const before = await affiliateCount()
        const res = await attempt(
          api.post("/admin/affiliates", { name: "Google Ads", kind: "internal", payout_method: "paypal" }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/no payout details/)
        expect(await affiliateCount()).toBe(before)
      })

      it("refuses a missing name and an unknown customer with 400s that name the field", async () => {
        const noName = await attempt(api.post("/admin/affiliates", { kind: "internal" }, admin))
        expect(noName.status).toBe(400)
        expect(noName.data.message).toContain("name")
        const ghost = await attempt(
          api.post("/admin/affiliates", { name: "Ghost", kind: "external", customer_id: "cus_missing" }, admin)
        )
        expect(ghost.status).toBe(400)
        expect(ghost.data.message).toContain("customer_id")
        expect(await affiliateCount()).toBe(0)
      })

      it("lists with search, filters and pagination", async () => {
        for (const name of ["Facebook campaigns", "Google Ads", "Content team"]) {
          await api.post("/admin/affiliates", { name, kind: "internal" }, admin)
        }
        await api.post("/admin/affiliates", { name: "Anna Outdoors", kind: "external", email: "anna@example.com" }, admin)

        const page = await api.get("/admin/affiliates?limit=2&offset=0&order=name", admin)
        expect(page.data).toMatchObject({ count: 4, limit: 2, offset: 0 })
        expect(page.data.affiliates.map((a: any) => a.name)).toEqual(["Anna Outdoors", "Content team"])
        const next = await api.get("/admin/affiliates?limit=2&offset=2&order=name", admin)
        expect(next.data.affiliates.map((a: any) => a.name)).toEqual(["Facebook campaigns", "Google Ads"])

        expect((await api.get("/admin/affiliates?q=google", admin)).data.affiliates.map((a: any) => a.name)).toEqual(["Google Ads"])
        expect((await api.get("/admin/affiliates?kind=external", admin)).data.count).toBe(1)
        expect((await api.get("/admin/affiliates?status=pending", admin)).data.count).toBe(0)
        expect((await attempt(api.get("/admin/affiliates?status=sleeping", admin))).status).toBe(400)
        expect((await attempt(api.get("/admin/affiliates?limit=500", admin))).status).toBe(400)
      })

      it("updates details, marks them verified, and returns 404 for unknown affiliates", async () => {
        const { data } = await api.post("/admin/affiliates", { name: "Anna", kind: "external" }, admin)
        const id = data.affiliate.id
        const updated = await api.post(
          `/admin/affiliates/${id}`,
          { company_name: "Anna Outdoors GmbH", website: "https://anna.example", timezone: "Europe/Vienna", payout_method: "bank_transfer", payout_details: { iban: "AT61 1904 3002 3457 3201" } },
          admin
        )
        expect(updated.data.affiliate).toMatchObject({ company_name: "Anna Outdoors GmbH", timezone: "Europe/Vienna" })
        expect(updated.data.affiliate.verified_at).toBeNull()
        const verified = await api.post(`/admin/affiliates/${id}/verify`, {}, admin)
        expect(verified.data.affiliate.verified_at).not.toBeNull()
        expect(verified.data.affiliate.verified_by).toMatch(/^user_/)

        const badSite = await attempt(api.post(`/admin/affiliates/${id}`, { website: "not a url" }, admin))
        expect(badSite.status).toBe(400)
        expect(badSite.data.message).toContain("website")
        expect((await attempt(api.get("/admin/affiliates/aff_missing", admin))).status).toBe(404)
        expect((await attempt(api.post("/admin/affiliates/aff_missing", { name: "x" }, admin))).status).toBe(404)
        expect((await attempt(api.post("/admin/affiliates/aff_missing/status", { status: "active" }, admin))).status).toBe(404)
        expect((await attempt(api.get("/admin/affiliates/aff_missing/status-history", admin))).status).toBe(404)
        expect((await attempt(api.post("/admin/affiliates/aff_missing/verify", {}, admin))).status).toBe(404)
      })
    })

    describe("status lifecycle", () => {
      it("suspends, reactivates and disables, appending every move with reason and actor", async () => {
        const { data } = await api.post("/admin/affiliates", { name: "Anna", kind: "external" }, admin)
        const id = data.affiliate.id
        const move = (status: string, reason: string) => api.post(`/admin/affiliates/${id}/status`, { status, reason }, admin)

        expect((await move("suspended", "Chargebacks under review")).data.affiliate.status).toBe("suspended")
        expect((await move("active", "Review cleared")).data.affiliate.status).toBe("active")
        expect((await move("disabled", "Contract ended")).data.affiliate.status).toBe("disabled")

        const history = (await api.get(`/admin/affiliates/${id}/status-history?order=created_at`, admin)).data
        expect(history.count).toBe(4)
        expect(history.status_changes.map((c: any) => [c.from_status, c.to_status, c.reason])).toEqual([
          [null, "active", "Created by an administrator"],
          ["active", "suspended", "Chargebacks under review"],
          ["suspended", "active", "Review cleared"],
          ["active", "disabled", "Contract ended"],
        ])
        // The account is kept with its history; nothing was deleted.
        expect((await api.get(`/admin/affiliates/${id}`, admin)).data.affiliate.status).toBe("disabled")
      })

      it("refuses illegal moves with 409 and a message, changing nothing", async () => {
        const { data } = await api.post("/admin/affiliates", { name: "Pending Pete", kind: "external", status: "pending" }, admin)
        const id = data.affiliate.id

        const suspendPending = await attempt(api.post(`/admin/affiliates/${id}/status`, { status: "suspended" }, admin))
        expect(suspendPending.status).toBe(409)
        expect(suspendPending.data.message).toBe(
          "Cannot move an affiliate from pending to suspended; from pending it can become: active, rejected, disabled."
        )
        const same = await attempt(api.post(`/admin/affiliates/${id}/status`, { status: "pending" }, admin))
        expect(same.status).toBe(409)

        await api.post(`/admin/affiliates/${id}/status`, { status: "disabled", reason: "Spam" }, admin)
        const revive = await attempt(api.post(`/admin/affiliates/${id}/status`, { status: "active" }, admin))
        expect(revive.status).toBe(409)
        expect(revive.data.message).toContain("disabled is final")
        const edit = await attempt(api.post(`/admin/affiliates/${id}`, { name: "Renamed" }, admin))
        expect(edit.status).toBe(409)

        const bad = await attempt(api.post(`/admin/affiliates/${id}/status`, { status: "deleted" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")

        const after = (await api.get(`/admin/affiliates/${id}`, admin)).data.affiliate
        expect(after).toMatchObject({ status: "disabled", name: "Pending Pete" })
        expect((await api.get(`/admin/affiliates/${id}/status-history`, admin)).data.count).toBe(2)
      })

      it("emits affiliate.status_changed for other subscribers", async () => {
        const { data } = await api.post("/admin/affiliates", { name: "Evented", kind: "internal" }, admin)
        const eventBus = getContainer().resolve(Modules.EVENT_BUS) as any
        const seen: any[] = []
        eventBus.subscribe("affiliate.status_changed", async (event: any) => {
          seen.push(event.data)
        })
        await api.post(`/admin/affiliates/${data.affiliate.id}/status`, { status: "suspended", reason: "Paused" }, admin)
        await new Promise((r) => setTimeout(r, 300))
        expect(seen).toContainEqual({ id: data.affiliate.id, from: "active", to: "suspended", reason: "Paused" })
      })
    })

    describe("applications from the storefront", () => {
      it("shows the program's public terms without exposing settings", async () => {
        const res = await api.get("/store/affiliate/program", { headers: { "x-publishable-api-key": pk } })
        expect(res.data.program).toMatchObject({ registration_mode: "open", agreement_version: "1" })
        expect(res.data.program.is_default).toBeUndefined()
        expect(res.data.program.auto_approve).toBeUndefined()
        expect(Array.isArray(res.data.sites)).toBe(true)
      })

      it("queues an application for review, and the admin approves it", async () => {
        const { customer, headers } = await registerCustomer(api, pk, { email: "anna@example.com", first_name: "Anna", last_name: "Berg" })
        const applied = await api.post(
          "/store/affiliate/apply",
          { agreement_version: "1", website: "https://anna.example", timezone: "Europe/Vienna", business_details: { audience: "hikers", channels: ["instagram"] } },
          headers
        )
        expect(applied.status).toBe(201)
        expect(applied.data.affiliate).toMatchObject({ status: "pending", name: "Anna Berg", email: "anna@example.com", kind: "external", agreement_version: "1" })
        expect(applied.data.affiliate.agreement_accepted_at).not.toBeNull()
        // Operator-only fields stay out of the partner's view.
        expect(applied.data.affiliate.customer_id).toBeUndefined()

        const [row] = (await api.get(`/admin/affiliates?customer_id=${customer.id}`, admin)).data.affiliates
        expect(row.status).toBe("pending")
        await api.post(`/admin/affiliates/${row.id}/status`, { status: "active", reason: "Looks good" }, admin)
        const me = await api.get("/store/affiliate/me", headers)
        expect(me.data.affiliate.status).toBe("active")
        expect(me.data.program.name).toBeDefined()
      })

      it("activates at once when the program is open with auto-approve", async () => {
        await api.post("/admin/affiliate-programs/affprog_default", { auto_approve: true }, admin)
        const { headers } = await registerCustomer(api, pk, { email: "fast@example.com" })
        const applied = await api.post("/store/affiliate/apply", { agreement_version: "1" }, headers)
        expect(applied.data.affiliate.status).toBe("active")
        const history = (await api.get(`/admin/affiliates/${applied.data.affiliate.id}/status-history`, admin)).data
        expect(history.status_changes[0]).toMatchObject({ to_status: "active", actor_type: "customer", reason: "Application approved automatically" })
      })

      it("refuses applications to invite-only and closed programs, without the current agreement, and twice", async () => {
        const { headers } = await registerCustomer(api, pk, { email: "bob@example.com" })

        const noAgreement = await attempt(api.post("/store/affiliate/apply", {}, headers))
        expect(noAgreement.status).toBe(403)
        expect(noAgreement.data.message).toContain("agreement (version 1)")
        const oldAgreement = await attempt(api.post("/store/affiliate/apply", { agreement_version: "0.9" }, headers))
        expect(oldAgreement.status).toBe(403)

        await api.post("/admin/affiliate-programs/affprog_default", { registration_mode: "invite" }, admin)
        const invite = await attempt(api.post("/store/affiliate/apply", { agreement_version: "1" }, headers))
        expect(invite.status).toBe(403)
        expect(invite.data.message).toBe("This program accepts partners by invitation only.")

        await api.post("/admin/affiliate-programs/affprog_default", { registration_mode: "closed" }, admin)
        const closed = await attempt(api.post("/store/affiliate/apply", { agreement_version: "1" }, headers))
        expect(closed.status).toBe(403)
        expect(closed.data.message).toBe("This program is not accepting new partners.")
        expect(await affiliateCount()).toBe(0)

        await api.post("/admin/affiliate-programs/affprog_default", { registration_mode: "open" }, admin)
        expect((await api.post("/store/affiliate/apply", { agreement_version: "1" }, headers)).status).toBe(201)
        const twice = await attempt(api.post("/store/affiliate/apply", { agreement_version: "1" }, headers))
        expect(twice.status).toBe(409)
        expect(twice.data.message).toContain("already have a partner account")
        expect(await affiliateCount()).toBe(1)
      })

      it("needs a signed-in customer and valid input", async () => {
        const key = { headers: { "x-publishable-api-key": pk } }
        expect((await attempt(api.post("/store/affiliate/apply", { agreement_version: "1" }, key))).status).toBe(401)
        expect((await attempt(api.get("/store/affiliate/me", key))).status).toBe(401)
        const { headers } = await registerCustomer(api, pk, { email: "carl@example.com" })
        const badTz = await attempt(api.post("/store/affiliate/apply", { agreement_version: "1", timezone: "Nowhere/Land" }, headers))
        expect(badTz.status).toBe(400)
        expect(badTz.data.message).toContain("timezone")
        const extra = await attempt(api.post("/store/affiliate/apply", { agreement_version: "1", status: "active" }, headers))
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("status")
        const none = await attempt(api.get("/store/affiliate/me", headers))
        expect(none.status).toBe(404)
        expect(none.data.message).toContain("Apply first")
        expect(await affiliateCount()).toBe(0)
      })

      it("creates one account when the same application arrives many times at once", async () => {
        const { headers } = await registerCustomer(api, pk, { email: "eager@example.com" })
        const answers = await Promise.all(
          Array.from({ length: 6 }, () => attempt(api.post("/store/affiliate/apply", { agreement_version: "1" }, headers)))
        )
        const statuses = answers.map((a) => a.status).sort()
        expect(statuses.filter((s) => s === 201)).toHaveLength(1)
        expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true)
        expect(await affiliateCount()).toBe(1)
        const [account] = (await api.get("/admin/affiliates", admin)).data.affiliates
        expect((await api.get(`/admin/affiliates/${account.id}/status-history`, admin)).data.count).toBe(1)
      })

      it("lets a partner read and edit only their own account", async () => {
        const anna = await registerCustomer(api, pk, { email: "anna@example.com" })
        const bob = await registerCustomer(api, pk, { email: "bob@example.com" })
        await api.post("/store/affiliate/apply", { agreement_version: "1", company_name: "Anna Co" }, anna.headers)
        const bobApplied = await api.post("/store/affiliate/apply", { agreement_version: "1", company_name: "Bob Co" }, bob.headers)

        const annaMe = (await api.get("/store/affiliate/me", anna.headers)).data.affiliate
        expect(annaMe.company_name).toBe("Anna Co")
        const updated = await api.post("/store/affiliate/me", { company_name: "Anna Outdoors", timezone: "Europe/Oslo" }, anna.headers)
        expect(updated.data.affiliate).toMatchObject({ company_name: "Anna Outdoors", timezone: "Europe/Oslo" })
        // Bob's account is untouched and never visible to Anna.
        expect((await api.get(`/admin/affiliates/${bobApplied.data.affiliate.id}`, admin)).data.affiliate.company_name).toBe("Bob Co")
        expect(JSON.stringify((await api.get("/store/affiliate/me", anna.headers)).data)).not.toContain("Bob Co")
        const hijack = await attempt(api.post("/store/affiliate/me", { id: bobApplied.data.affiliate.id, company_name: "Pwned" }, anna.headers))
        expect(hijack.status).toBe(400)
      })
    })

    describe("invitations", () => {
      const invite = (body: Record<string, unknown>) => api.post("/admin/affiliate-invitations", body, admin)

      it("emails a one-time link, stores only the token's hash, and activates the partner who accepts", async () => {
        await api.post("/admin/affiliate-programs/affprog_default", { registration_mode: "invite" }, admin)
        const sent = await invite({ email: "Creator@Example.com", name: "Cleo Creator", message: "Loved your channel!" })
        expect(sent.status).toBe(201)
        expect(sent.data.invitation).toMatchObject({ email: "creator@example.com", state: "open" })
        expect(sent.data.invitation.token_hash).toBeUndefined()
        expect(sent.data.email).toMatchObject({ sent: true, channel: "email", problem: null })
        const token = tokenFromInvitationLink(sent.data.invitation_url)!
        expect(token.length).toBeGreaterThan(20)

        const notifications = await (getContainer().resolve(Modules.NOTIFICATION) as any).listNotifications({ to: "creator@example.com" })
        expect(notifications).toHaveLength(1)
        expect(notifications[0]).toMatchObject({ channel: "email", template: "affiliate-invitation" })
        expect(notifications[0].data.invitation_url).toBe(sent.data.invitation_url)

        const [stored] = await (getContainer().resolve("affiliate") as any).listAffiliateInvitations({ id: sent.data.invitation.id })
        expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(JSON.stringify(stored)).not.toContain(token)

        const key = { headers: { "x-publishable-api-key": pk } }
        const lookup = await api.post("/store/affiliate/invitations/lookup", { token }, key)
        expect(lookup.data.invitation).toMatchObject({ email: "creator@example.com", state: "open" })
        expect(lookup.data.program.registration_mode).toBe("invite")
        expect((await attempt(api.post("/store/affiliate/invitations/lookup", { token: "y".repeat(32) }, key))).status).toBe(404)
        expect((await attempt(api.post("/store/affiliate/invitations/lookup", {}, key))).status).toBe(400)

        const cleo = await registerCustomer(api, pk, { email: "creator@example.com" })
        const accepted = await api.post("/store/affiliate/invitations/accept", { token, agreement_version: "1" }, cleo.headers)
        expect(accepted.status).toBe(201)
        expect(accepted.data.affiliate).toMatchObject({ status: "active", name: "Cleo Creator", email: "creator@example.com" })

        const again = await attempt(api.post("/store/affiliate/invitations/accept", { token, agreement_version: "1" }, cleo.headers))
        expect(again.status).toBe(409)
        expect(again.data.message).toContain("already been used")
        const listed = await api.get("/admin/affiliate-invitations?state=accepted", admin)
        expect(listed.data.invitations.map((i: any) => i.email)).toEqual(["creator@example.com"])
        expect(listed.data.invitations[0].affiliate_id).toBe(accepted.data.affiliate.id)
      })

      it("refuses a wrong account, an unknown, expired or revoked token, and changes nothing", async () => {
        const sent = await invite({ email: "dana@example.com" })
        const token = tokenFromInvitationLink(sent.data.invitation_url)!

        const eve = await registerCustomer(api, pk, { email: "eve@example.com" })
        const wrongAccount = await attempt(api.post("/store/affiliate/invitations/accept", { token, agreement_version: "1" }, eve.headers))
        expect(wrongAccount.status).toBe(403)
        expect(wrongAccount.data.message).toContain("dana@example.com")

        const unknown = await attempt(api.post("/store/affiliate/invitations/accept", { token: "x".repeat(32), agreement_version: "1" }, eve.headers))
        expect(unknown.status).toBe(404)

        const dana = await registerCustomer(api, pk, { email: "dana@example.com" })
        await (getContainer().resolve("affiliate") as any).updateAffiliateInvitations({ id: sent.data.invitation.id, expires_at: new Date(Date.now() - 1000) })
        const expired = await attempt(api.post("/store/affiliate/invitations/accept", { token, agreement_version: "1" }, dana.headers))
        expect(expired.status).toBe(409)
        expect(expired.data.message).toContain("has expired")
        expect((await api.get("/admin/affiliate-invitations?state=expired", admin)).data.count).toBe(1)

        const second = await invite({ email: "dana@example.com" })
        const revoked = await api.post(`/admin/affiliate-invitations/${second.data.invitation.id}/revoke`, {}, admin)
        expect(revoked.data.invitation.state).toBe("revoked")
        const revokeAgain = await attempt(api.post(`/admin/affiliate-invitations/${second.data.invitation.id}/revoke`, {}, admin))
        expect(revokeAgain.status).toBe(409)
        const secondToken = tokenFromInvitationLink(second.data.invitation_url)!
        const useRevoked = await attempt(api.post("/store/affiliate/invitations/accept", { token: secondToken, agreement_version: "1" }, dana.headers))
        expect(useRevoked.status).toBe(409)
        expect(useRevoked.data.message).toContain("withdrawn")
        expect(await affiliateCount()).toBe(0)
      })

      it("refuses invitations to closed programs, to existing partners, and bad emails", async () => {
        await api.post("/admin/affiliates", { name: "Anna", kind: "external", email: "anna@example.com" }, admin)
        const member = await attempt(invite({ email: "anna@example.com" }))
        expect(member.status).toBe(409)
        const badEmail = await attempt(invite({ email: "not-an-email" }))
        expect(badEmail.status).toBe(400)
        expect(badEmail.data.message).toContain("email")
        await api.post("/admin/affiliate-programs/affprog_default", { registration_mode: "closed" }, admin)
        const closed = await attempt(invite({ email: "new@example.com" }))
        expect(closed.status).toBe(409)
        expect(closed.data.message).toContain("closed")
        expect((await api.get("/admin/affiliate-invitations", admin)).data.count).toBe(0)
        expect((await attempt(api.post("/admin/affiliate-invitations/affinv_missing/revoke", {}, admin))).status).toBe(404)
      })
    })
  },
})
