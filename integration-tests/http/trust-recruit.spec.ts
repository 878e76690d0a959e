import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { attempt, createAdminUser, createPublishableKey, registerCustomer, Headers } from "../helpers/actors"
import { tokenFromInvitationLink } from "../../src/domain/recruit/invitation-link"

jest.setTimeout(180 * 1000)

/**
 * Recruit without footguns: invitation tokens never travel in a URL a server
 * sees, an old invitation link no longer names its invitee, the operator says
 * which kind of account they create, and production needs real secrets.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string
    let key: Headers

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
      key = { headers: { "x-publishable-api-key": pk } }
    })

    const invite = async (body: Record<string, unknown>) => {
      const sent = await api.post("/admin/affiliate-invitations", body, admin)
      return { ...sent.data, token: tokenFromInvitationLink(sent.data.invitation_url)! }
    }
    const lookup = (token: string) => attempt(api.post("/store/affiliate/invitations/lookup", { token }, key))

    describe("invitation tokens stay out of URLs", () => {
      it("puts the token in the link's fragment, in the answer and in the email alike", async () => {
        const sent = await invite({ email: "frag@example.com" })
        const link = new URL(sent.invitation_url)
        expect(link.search).toBe("")
        expect(link.hash).toBe(`#token=${sent.token}`)
        expect(sent.token.length).toBeGreaterThan(20)
        const [email] = await (getContainer().resolve(Modules.NOTIFICATION) as any).listNotifications({ to: "frag@example.com" })
        expect(email.data.invitation_url).toBe(sent.invitation_url)
      })

      it("never looks up a token sent in a GET query string, and says to POST it", async () => {
        const sent = await invite({ email: "logged@example.com", name: "Lou Logged", message: "Secret plans" })
        const res = await attempt(api.get(`/store/affiliate/invitations/lookup?token=${sent.token}`, key))
        expect(res.status).toBe(405)
        expect(res.headers.allow).toBe("POST")
        expect(res.data.message).toContain("POST /store/affiliate/invitations/lookup")
        expect(JSON.stringify(res.data)).not.toContain("logged@example.com")
        expect(res.data.invitation).toBeUndefined()
      })

      it("answers a POSTed token of an open invitation with what its invitee needs", async () => {
        const sent = await invite({ email: "open@example.com", name: "Olga Open", message: "Join us!" })
        const res = await lookup(sent.token)
        expect(res.status).toBe(200)
        expect(res.data.invitation).toEqual({
          state: "open",
          email: "open@example.com",
          name: "Olga Open",
          message: "Join us!",
          expires_at: sent.invitation.expires_at,
        })
        expect(res.data.program).toMatchObject({ id: "affprog_default" })
      })

      it("refuses a missing or malformed token with a 400 and an unknown one with a 404", async () => {
        const missing = await attempt(api.post("/store/affiliate/invitations/lookup", {}, key))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("token")
        const extra = await attempt(api.post("/store/affiliate/invitations/lookup", { token: "z".repeat(32), email: "x@example.com" }, key))
        expect(extra.status).toBe(400)
        const unknown = await lookup("u".repeat(32))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain("not valid")
      })
    })

    describe("a used, revoked or expired invitation tells its state only", () => {
      const details = { email: "private@example.com", name: "Pia Private", message: "Personal note for Pia" }
      const revealsNothing = (data: unknown) => {
        const text = JSON.stringify(data)
        for (const secret of [details.email, details.name, details.message]) expect(text).not.toContain(secret)
      }

      it("accepted", async () => {
        const sent = await invite(details)
        const pia = await registerCustomer(api, pk, { email: details.email })
        await api.post("/store/affiliate/invitations/accept", { token: sent.token, agreement_version: "1" }, pia.headers)
        const res = await lookup(sent.token)
        expect(res.status).toBe(200)
        expect(res.data.invitation).toEqual({ state: "accepted" })
        revealsNothing(res.data)
      })

      it("revoked", async () => {
        const sent = await invite({ ...details, email: "revoked@example.com" })
        await api.post(`/admin/affiliate-invitations/${sent.invitation.id}/revoke`, {}, admin)
        const res = await lookup(sent.token)
        expect(res.data.invitation).toEqual({ state: "revoked" })
        expect(JSON.stringify(res.data)).not.toContain("revoked@example.com")
        revealsNothing(res.data)
      })

      it("expired", async () => {
        const sent = await invite({ ...details, email: "expired@example.com" })
        await (getContainer().resolve("affiliate") as any).updateAffiliateInvitations({
          id: sent.invitation.id,
          expires_at: new Date(Date.now() - 1000),
        })
        const res = await lookup(sent.token)
        expect(res.data.invitation).toEqual({ state: "expired" })
        expect(JSON.stringify(res.data)).not.toContain("expired@example.com")
        revealsNothing(res.data)
      })
    })

    describe("POST /admin/affiliates needs a kind", () => {
      const count = async () => (await api.get("/admin/affiliates?limit=1", admin)).data.count

      it("refuses an account without kind with a 400 naming the field, and creates nothing", async () => {
        const before = await count()
        const res = await attempt(api.post("/admin/affiliates", { name: "Paid Partner", email: "paid@example.com" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("kind")
        expect(res.data.message).toContain('"external"')
        expect(res.data.message).toContain('"internal"')
        const wrong = await attempt(api.post("/admin/affiliates", { name: "Paid Partner", kind: "partner" }, admin))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toContain("kind")
        expect(await count()).toBe(before)
      })

      it("creates the kind it is told", async () => {
        const external = await api.post("/admin/affiliates", { name: "Paid Partner", kind: "external" }, admin)
        const internal = await api.post("/admin/affiliates", { name: "Our Newsletter", kind: "internal" }, admin)
        expect(external.data.affiliate.kind).toBe("external")
        expect(internal.data.affiliate.kind).toBe("internal")
      })
    })
  },
})

describe("medusa-config.ts secrets", () => {
  const configPath = path.resolve(__dirname, "../../medusa-config")
  const names = ["NODE_ENV", "JWT_SECRET", "COOKIE_SECRET"] as const

  /** Loads a fresh copy of the config under `env`; the process environment is restored after. */
  function loadConfig(env: Partial<Record<(typeof names)[number], string>>) {
    const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]))
    try {
      for (const name of names) {
        if (env[name] === undefined) delete process.env[name]
        else process.env[name] = env[name]
      }
      let config: any
      jest.isolateModules(() => {
        // The config as written: defineConfig would load every module, which this test is not about.
        jest.doMock("@medusajs/framework/utils", () => ({
          ...jest.requireActual("@medusajs/framework/utils"),
          defineConfig: (input: unknown) => input,
        }))
        config = require(configPath).default
      })
      return config
    } finally {
      for (const name of names) {
        if (saved[name] === undefined) delete process.env[name]
        else process.env[name] = saved[name]
      }
    }
  }

  it("refuses to start in production without secrets, and says what to set", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET is not set: with NODE_ENV=production.*Set JWT_SECRET and COOKIE_SECRET/)
  })

  it("refuses the public placeholder in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: "supersecret" })).toThrow(
      /JWT_SECRET is the public placeholder "supersecret"/
    )
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "a-real-long-random-secret-1" })).toThrow(/COOKIE_SECRET is not set/)
  })

  it("uses the secrets it is given in production", () => {
    const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "jwt-real-secret-123", COOKIE_SECRET: "cookie-real-secret-456" })
    expect(config.projectConfig.http).toMatchObject({ jwtSecret: "jwt-real-secret-123", cookieSecret: "cookie-real-secret-456" })
  })

  it("lets `medusa build` read the config without secrets: a build signs nothing", () => {
    const argv = process.argv
    process.argv = [argv[0], "/app/node_modules/.bin/medusa", "build", "--admin-only"]
    try {
      expect(loadConfig({ NODE_ENV: "production" }).projectConfig.http.jwtSecret).toBe("supersecret")
    } finally {
      process.argv = argv
    }
  })

  it("keeps working without secrets outside production (tests, development)", () => {
    const config = loadConfig({ NODE_ENV: "test" })
    expect(config.projectConfig.http).toMatchObject({ jwtSecret: "supersecret", cookieSecret: "supersecret" })
  })
})
