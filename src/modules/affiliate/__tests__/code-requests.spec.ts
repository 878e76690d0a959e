import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import AffiliateModuleService from "../service"

jest.setTimeout(120 * 1000)

/**
 * Code requests in the module, against PostgreSQL, on the schema the
 * migrations build and on the one the model describes: a partner waits for a
 * code once, and a request is decided once, even when two decisions race.
 */
const SCHEMA_SOURCES = [
  { name: "schema from migrations", pathToMigrations: path.resolve(__dirname, "../migrations"), fromMigrations: true },
  { name: "schema from models", pathToMigrations: fs.mkdtempSync(path.join(os.tmpdir(), "affiliate-no-migrations-")), fromMigrations: false },
]

afterAll(() => {
  for (const source of SCHEMA_SOURCES) {
    if (!source.fromMigrations) fs.rmSync(source.pathToMigrations, { recursive: true, force: true })
  }
})

describe.each(SCHEMA_SOURCES)("affiliate code requests: $name", ({ pathToMigrations, fromMigrations }) => {
  moduleIntegrationTestRunner<AffiliateModuleService>({
    moduleName: "affiliate",
    resolve: path.resolve(__dirname, ".."),
    pathToMigrations,
    dbName: `medusa-affiliate-code-requests-${fromMigrations ? "migrations" : "models"}`,
    testSuite: ({ service }) => {
      const request = (data: Record<string, unknown> = {}) =>
        service.createAffiliateCodeRequests({
          affiliate_id: "aff_1",
          program_id: "affprog_1",
          referral_id: "affref_1",
          code: "anna 10",
          normalized_code: "ANNA10",
          ...data,
        } as any)
      const decision = (id: string, status: "approved" | "refused" | "withdrawn", decided_by: string | null = "user_1") => ({
        id,
        status,
        reason: status === "refused" ? "Too close to our brand." : null,
        decided_by,
        decided_at: new Date("2026-12-06T10:00:00Z"),
      })

      it("keeps one pending request per partner and code; a decided one makes room for a new one", async () => {
        const first = await request()
        expect(first).toMatchObject({ id: expect.stringMatching(/^affcreq_/), status: "pending", kind: "code" })
        const error = await request({ code: "ANNA 10" }).then(() => null, (e) => e)
        expect(error?.message).toMatch(/already exists/)
        // Another partner may wait for the same code; the operator decides who gets it.
        await request({ affiliate_id: "aff_2" })

        expect(await service.decidePendingCodeRequest(decision(first.id, "refused"))).toBe(true)
        const again = await request()
        expect(again.status).toBe("pending")
        expect(await service.listAffiliateCodeRequests({ affiliate_id: "aff_1", normalized_code: "ANNA10" })).toHaveLength(2)
      })

      it("decides a request once; of two racing decisions exactly one wins", async () => {
        const { id } = await request()
        const outcomes = await Promise.all([
          service.decidePendingCodeRequest(decision(id, "approved", "user_1")),
          service.decidePendingCodeRequest(decision(id, "refused", "user_2")),
          service.decidePendingCodeRequest(decision(id, "withdrawn", null)),
        ])
        expect(outcomes.filter(Boolean)).toHaveLength(1)
        const [stored] = await service.listAffiliateCodeRequests({ id })
        const winner = ["approved", "refused", "withdrawn"][outcomes.indexOf(true)]
        expect(stored).toMatchObject({ status: winner, decided_at: new Date("2026-12-06T10:00:00Z") })
        expect(stored.reason).toBe(winner === "refused" ? "Too close to our brand." : null)

        // Decided: every later decision changes nothing.
        expect(await service.decidePendingCodeRequest(decision(id, "approved"))).toBe(false)
        expect((await service.listAffiliateCodeRequests({ id }))[0]).toMatchObject({ status: winner })
        expect(await service.decidePendingCodeRequest(decision("affcreq_missing", "approved"))).toBe(false)
      })

      it("gives programs the code settings, reviewed and without new-partner codes by default", async () => {
        const program = await service.createAffiliatePrograms({ name: "Partners", handle: `p-${Date.now().toString(36)}` } as any)
        expect(program).toMatchObject({ code_requests: "review", auto_code_for_new_partners: false })
        const updated = await service.updateAffiliatePrograms({ id: program.id, code_requests: "auto", auto_code_for_new_partners: true } as any)
        expect(updated).toMatchObject({ code_requests: "auto", auto_code_for_new_partners: true })
      })
    },
  })
})
