import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, createAdminUser, createPublishableKey, Headers } from "../helpers/actors"
import { tokenFromInvitationLink } from "../../src/domain/recruit/invitation-link"

jest.setTimeout(180 * 1000)

/*
 * The plugin as a host gets it with no storefront page configured: the root
 * medusa-config passes no storefrontUrl without STOREFRONT_URL. Set before the
 * app (and medusa-config) loads; jest gives each test file its own env.
 */
delete process.env.STOREFRONT_URL
process.env.MEDUSA_BACKEND_URL = "https://api.shop.example.test"
// `AFFILIATE_IP_SALT=` (or blanks) in an .env file means unset, not an invalid option.
process.env.AFFILIATE_IP_SALT = "   "

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
    })

    it("starts with a blank AFFILIATE_IP_SALT, as if it were unset", async () => {
      const options = (getContainer().resolve("affiliate") as any).getOptions()
      expect(options.ipHashSalt).toBeUndefined()
      expect(options.storefrontUrl).toBeUndefined()
    })

    it("sends invitation links to the workspace hosted on the Medusa server (MEDUSA_BACKEND_URL), and that page answers", async () => {
      const sent = await api.post("/admin/affiliate-invitations", { email: "hosted@example.com", name: "Hosted Hana" }, admin)
      expect(sent.status).toBe(201)
      const link = new URL(sent.data.invitation_url)
      expect(`${link.origin}${link.pathname}`).toBe("https://api.shop.example.test/affiliate-portal/accept-invitation")
      expect(link.search).toBe("")
      const token = tokenFromInvitationLink(sent.data.invitation_url)
      expect(token?.length).toBeGreaterThan(20)

      // The same path on this server is the accept page, and the token it will read works.
      const page = await attempt(api.get(link.pathname))
      expect(page.status).toBe(200)
      expect(String(page.headers["content-type"])).toContain("text/html")
      const key = { headers: { "x-publishable-api-key": await createPublishableKey(getContainer()) } }
      const lookup = await attempt(api.post("/store/affiliate/invitations/lookup", { token }, key))
      expect(lookup.status).toBe(200)
    })
  },
})
