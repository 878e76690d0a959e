import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, createAdminUser, createPublishableKey, registerCustomer, Headers } from "../helpers/actors"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string
    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
    })
    it("smoke", async () => {
      const programs = await api.get("/admin/affiliate-programs", admin)
      console.log(JSON.stringify(programs.data).slice(0, 300))
      const bad = await attempt(api.get("/admin/affiliate-programs?limit=0", admin))
      console.log(bad.status, bad.data)
      const created = await attempt(api.post("/admin/affiliates", { name: "Facebook campaigns" }, admin))
      console.log(created.status, JSON.stringify(created.data).slice(0, 300))
      const illegal = await attempt(api.post(`/admin/affiliates/${created.data.affiliate.id}/status`, { status: "rejected" }, admin))
      console.log(illegal.status, illegal.data)
      const { headers } = await registerCustomer(api, pk, { email: "p@x.com" })
      const applied = await attempt(api.post("/store/affiliate/apply", { agreement_version: "1", website: "https://p.example" }, { headers }))
      console.log(applied.status, JSON.stringify(applied.data).slice(0, 400))
      const noauth = await attempt(api.get("/admin/affiliates"))
      console.log(noauth.status, noauth.data)
      const list = await attempt(api.get("/admin/affiliates?q=face", admin))
      console.log(list.status, list.data.count)
    })
  },
})
