import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("boots", async () => {
      const res = await api.get("/health")
      expect(res.status).toBe(200)
      const svc: any = getContainer().resolve("affiliate")
      const programs = await svc.listPrograms({})
      expect(programs.length).toBe(1)
    })
  },
})
