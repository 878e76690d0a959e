import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN } from "@medusajs/framework/utils"
import AffiliateModuleService from "../service"

jest.setTimeout(120 * 1000)

/**
 * The constraints that protect the affiliate data, exercised through the real
 * module service against PostgreSQL. Every case runs twice: on the schema the
 * migrations build (what a store gets), and on the schema derived from the
 * models' `.indexes()` (what future generated migrations are made from), so the
 * two cannot drift apart unnoticed.
 */
const SCHEMA_SOURCES = [
  { name: "schema from migrations", pathToMigrations: path.resolve(__dirname, "../migrations"), fromMigrations: true },
  {
    name: "schema from models",
    // An empty migrations directory makes the runner sync the schema from the models
    // (and keeps MikroORM from creating ./migrations in the repository).
    pathToMigrations: fs.mkdtempSync(path.join(os.tmpdir(), "affiliate-no-migrations-")),
    fromMigrations: false,
  },
]

afterAll(() => {
  for (const source of SCHEMA_SOURCES) {
    if (!source.fromMigrations) fs.rmSync(source.pathToMigrations, { recursive: true, force: true })
  }
})

/** A unique violation surfaces as Medusa's invalid_data error naming the columns and values. */
async function expectDuplicate(promise: Promise<unknown>, columns: RegExp) {
  const error = await promise.then(
    () => null,
    (e) => e
  )
  expect(error).not.toBeNull()
  expect(error.type).toBe("invalid_data")
  expect(error.message).toMatch(/already exists/)
  expect(error.message).toMatch(columns)
}

describe.each(SCHEMA_SOURCES)("affiliate module data constraints: $name", ({ pathToMigrations, fromMigrations }) => {
  moduleIntegrationTestRunner<AffiliateModuleService>({
    moduleName: "affiliate",
    resolve: path.resolve(__dirname, ".."),
    pathToMigrations,
    dbName: `medusa-affiliate-module-${fromMigrations ? "migrations" : "models"}`,
    testSuite: ({ service, MikroOrmWrapper }) => {
      let seq = 0
      const uid = () => `${Date.now().toString(36)}${(seq++).toString(36)}`

      const program = (data: Record<string, unknown> = {}) =>
        service.createAffiliatePrograms({ name: "Partners", handle: `p-${uid()}`, ...data } as any)
      const affiliate = async (data: Record<string, unknown> = {}) =>
        service.createAffiliates({
          program_id: (data.program_id as string) ?? (await program()).id,
          name: "Anna",
          ...data,
        } as any)
      const site = async (program_id: string, domain = `${uid()}.example.com`) =>
        service.createAffiliateSites({ program_id, name: domain, domain, landing_url: `https://${domain}/` } as any)
      const referral = async (data: Record<string, unknown> = {}) =>
        service.createAffiliateReferrals({
          affiliate_id: (data.affiliate_id as string) ?? (await affiliate()).id,
          name: "Instagram",
          slug: `ref-${uid()}`,
          ...data,
        } as any)
      const voucher = async (code = `V${uid()}`.toUpperCase()) =>
        service.createAffiliateVouchers({ referral_id: (await referral()).id, code } as any)
      const voucherCode = (voucher_id: string, code: string, normalized_code: string, kind = "alias") =>
        service.createAffiliateVoucherCodes({ voucher_id, code, normalized_code, kind } as any)
      const attribution = (program_id: string, idempotency_key: string) =>
        service.createAffiliateAttributions({
          program_id,
          conversion: "order",
          attributed_at: new Date(),
          explanation: { rule: "last_touch" },
          idempotency_key,
        } as any)
      const commission = (aff: { id: string; program_id: string }, data: Record<string, unknown> = {}) =>
        service.createAffiliateCommissions({
          program_id: aff.program_id,
          affiliate_id: aff.id,
          amount: 10,
          currency_code: "eur",
          idempotency_key: `order:${uid()}`,
          ...data,
        } as any)
      const payout = (aff: { id: string; program_id: string }) =>
        service.createAffiliatePayouts({
          program_id: aff.program_id,
          affiliate_id: aff.id,
          currency_code: "eur",
          amount: 10,
        } as any)
      const payoutItem = (payout_id: string, commission_id: string) =>
        service.createAffiliatePayoutItems({ payout_id, commission_id, amount: 10 } as any)

      describe("voucher codes are one namespace", () => {
        it("a normalized code belongs to one voucher only, whoever asks for it", async () => {
          const first = await voucher("SUMMER10")
          const second = await voucher("WINTER10")
          await voucherCode(first.id, "summer 10", "SUMMER10", "primary")
          // The same voucher cannot list it twice, and another voucher cannot take it as an alias.
          await expectDuplicate(voucherCode(first.id, "Summer10", "SUMMER10"), /normalized_code: SUMMER10/)
          await expectDuplicate(voucherCode(second.id, "SUMMER10", "SUMMER10"), /normalized_code: SUMMER10/)
          // Other codes stay free.
          await voucherCode(second.id, "summer-10", "SUMMER-10")
          const codes = await service.listAffiliateVoucherCodes({ normalized_code: ["SUMMER10", "SUMMER-10"] })
          expect(codes.map((c) => [c.normalized_code, c.voucher_id]).sort()).toEqual(
            [
              ["SUMMER-10", second.id],
              ["SUMMER10", first.id],
            ].sort()
          )
        })

        it("a retired (soft-deleted) code is never handed out again", async () => {
          const first = await voucher()
          const second = await voucher()
          const retired = await voucherCode(first.id, "podcast", "PODCAST")
          await service.softDeleteAffiliateVoucherCodes([retired.id])
          expect(await service.listAffiliateVoucherCodes({ normalized_code: "PODCAST" })).toHaveLength(0)
          await expectDuplicate(voucherCode(second.id, "PODCAST", "PODCAST"), /normalized_code: PODCAST/)
          await expectDuplicate(voucherCode(first.id, "PODCAST", "PODCAST"), /normalized_code: PODCAST/)
          // Even when its voucher is gone too.
          await service.softDeleteAffiliateVouchers([first.id])
          await expectDuplicate(voucherCode(second.id, "Podcast", "PODCAST"), /normalized_code: PODCAST/)
        })
      })

      it("referral slugs are unique across the store", async () => {
        const anna = await affiliate()
        const ben = await affiliate()
        await referral({ affiliate_id: anna.id, slug: "anna-instagram" })
        await expectDuplicate(referral({ affiliate_id: anna.id, slug: "anna-instagram" }), /slug: anna-instagram/)
        await expectDuplicate(referral({ affiliate_id: ben.id, slug: "anna-instagram" }), /slug: anna-instagram/)
        await referral({ affiliate_id: ben.id, slug: "anna-instagram-2" })
        expect(await service.listAffiliateReferrals({ slug: "anna-instagram" })).toHaveLength(1)
      })

      it("one site authorization per affiliate and site", async () => {
        const prog = await program()
        const anna = await affiliate({ program_id: prog.id })
        const ben = await affiliate({ program_id: prog.id })
        const shop = await site(prog.id)
        const outlet = await site(prog.id)
        await service.createAffiliateSiteAuthorizations({ affiliate_id: anna.id, site_id: shop.id } as any)
        await expectDuplicate(
          service.createAffiliateSiteAuthorizations({ affiliate_id: anna.id, site_id: shop.id, status: "approved" } as any),
          /affiliate_id: aff_\w+, site_id: affsite_\w+/
        )
        // Other pairs are fine.
        await service.createAffiliateSiteAuthorizations({ affiliate_id: anna.id, site_id: outlet.id } as any)
        await service.createAffiliateSiteAuthorizations({ affiliate_id: ben.id, site_id: shop.id } as any)
        const rows = await service.listAffiliateSiteAuthorizations({ affiliate_id: anna.id, site_id: shop.id })
        expect(rows).toHaveLength(1)
        expect(rows[0].status).toBe("requested")
      })

      it("a site's domain belongs to one site", async () => {
        const prog = await program()
        const other = await program()
        await site(prog.id, "shop.example.com")
        await expectDuplicate(site(other.id, "shop.example.com"), /domain: shop.example.com/)
      })

      it("an attribution is recorded once per idempotency key, however often the event arrives", async () => {
        const prog = await program()
        const first = await attribution(prog.id, "order:order_1")
        await expectDuplicate(attribution(prog.id, "order:order_1"), /idempotency_key: order:order_1/)
        await attribution(prog.id, "order:order_2")
        // Not even after the first one was soft-deleted: a replayed event never counts twice.
        await service.softDeleteAffiliateAttributions([first.id])
        await expectDuplicate(attribution(prog.id, "order:order_1"), /idempotency_key: order:order_1/)
        const [all] = await service.listAndCountAffiliateAttributions({}, { withDeleted: true } as any)
        expect(all.map((a) => a.idempotency_key).sort()).toEqual(["order:order_1", "order:order_2"])
      })

      it("a commission is written once per idempotency key", async () => {
        const anna = await affiliate()
        const first = await commission(anna, { idempotency_key: "commission:order_1:aff" })
        await expectDuplicate(
          commission(anna, { idempotency_key: "commission:order_1:aff", amount: 99 }),
          /idempotency_key: commission:order_1:aff/
        )
        await service.softDeleteAffiliateCommissions([first.id])
        await expectDuplicate(
          commission(anna, { idempotency_key: "commission:order_1:aff" }),
          /idempotency_key: commission:order_1:aff/
        )
        await commission(anna, { idempotency_key: "reversal:order_1:aff", entry_type: "reversal", amount: -10 })
      })

      it("a commission is in at most one live payout item", async () => {
        const anna = await affiliate()
        const com = await commission(anna)
        const other = await commission(anna)
        const june = await payout(anna)
        const july = await payout(anna)

        const first = await payoutItem(june.id, com.id)
        // Not twice in one payout, not in a second payout.
        await expectDuplicate(payoutItem(june.id, com.id), /commission_id/)
        await expectDuplicate(payoutItem(july.id, com.id), /commission_id/)
        await payoutItem(july.id, other.id)

        // The June payout failed: its item is released and the commission can be paid again.
        await service.updateAffiliatePayoutItems({ id: first.id, released_at: new Date() } as any)
        const retry = await payoutItem(july.id, com.id)
        // ... but again only once.
        await expectDuplicate(payoutItem(june.id, com.id), /commission_id/)

        // A deleted item does not block either.
        await service.softDeleteAffiliatePayoutItems([retry.id])
        await payoutItem(june.id, com.id)

        const items = await service.listAffiliatePayoutItems({ commission_id: com.id })
        expect(items.filter((i) => !i.released_at)).toHaveLength(1)
      })

      it("one partner account per program and storefront customer", async () => {
        const prog = await program()
        const other = await program()
        const anna = await affiliate({ program_id: prog.id, customer_id: "cus_anna" })
        await expectDuplicate(affiliate({ program_id: prog.id, customer_id: "cus_anna" }), /program_id: affprog_\w+, customer_id: cus_anna/)
        // The same customer may join another program.
        await affiliate({ program_id: other.id, customer_id: "cus_anna" })
        // Internal accounts have no customer; there may be many.
        await affiliate({ program_id: prog.id, customer_id: null, kind: "internal", name: "Facebook" })
        await affiliate({ program_id: prog.id, customer_id: null, kind: "internal", name: "Newsletter" })
        // A deleted account does not block the customer from joining again.
        await service.softDeleteAffiliates([anna.id])
        await affiliate({ program_id: prog.id, customer_id: "cus_anna" })
        expect(await service.listAffiliates({ program_id: prog.id, customer_id: "cus_anna" })).toHaveLength(1)
      })

      it("an invitation token hash identifies one invitation", async () => {
        const prog = await program()
        const invite = (email: string) =>
          service.createAffiliateInvitations({
            program_id: prog.id,
            email,
            token_hash: "a".repeat(64),
            expires_at: new Date(Date.now() + 86400000),
          } as any)
        await invite("anna@example.com")
        await expectDuplicate(invite("ben@example.com"), /token_hash/)
      })

      it("program handles are unique", async () => {
        await program({ handle: "vip" })
        await expectDuplicate(program({ handle: "vip" }), /handle: vip/)
      })

      it("bigNumber amounts round-trip exactly", async () => {
        const anna = await affiliate()
        const precise = "1234567890.123456789"
        const a = await commission(anna, { amount: 12.345, basis_amount: precise })
        const tenth = await commission(anna, { amount: 0.1 })
        const fifth = await commission(anna, { amount: 0.2 })
        const sum = await commission(anna, { amount: MathBN.add(0.1, 0.2) })

        const read = await service.retrieveAffiliateCommission(a.id)
        expect(read.amount).toBe(12.345)
        expect((read as any).raw_amount.value).toBe("12.345")
        expect((read as any).raw_basis_amount.value).toBe(precise)

        // 0.1 + 0.2 is 0.3 in the ledger, not 0.30000000000000004.
        const [t, f, s] = await Promise.all([tenth, fifth, sum].map((c) => service.retrieveAffiliateCommission(c.id)))
        expect(MathBN.add((t as any).raw_amount, (f as any).raw_amount).toString()).toBe("0.3")
        expect(s.amount).toBe(0.3)
        expect((s as any).raw_amount.value).toBe("0.3")

        // In the database: the numeric column (used for filtering and sorting) holds 12.345
        // exactly; the raw column, from which amounts are read, keeps every digit.
        const rows = await MikroOrmWrapper.getManager().execute(
          `select amount::text as amount, raw_amount->>'value' as raw, raw_basis_amount->>'value' as basis
             from affiliate_commission where id = ?`,
          [a.id]
        )
        expect(rows[0]).toEqual({ amount: "12.345", raw: "12.345", basis: precise })

        // The other bigNumber columns behave the same.
        const pay = await service.createAffiliatePayouts({
          program_id: anna.program_id,
          affiliate_id: anna.id,
          currency_code: "eur",
          amount: 19.99,
        } as any)
        const item = await service.createAffiliatePayoutItems({ payout_id: pay.id, commission_id: a.id, amount: 12.345 } as any)
        const attr = await service.createAffiliateAttributions({
          program_id: anna.program_id,
          conversion: "order",
          attributed_at: new Date(),
          explanation: {},
          idempotency_key: "order:precise",
          order_total: 1049.95,
        } as any)
        const rule = await service.createAffiliateCommissionRules({
          program_id: anna.program_id,
          name: "Default",
          type: "percentage",
          percentage: 7.5,
        } as any)
        expect((await service.retrieveAffiliatePayout(pay.id)).amount).toBe(19.99)
        expect((await service.retrieveAffiliatePayoutItem(item.id)).amount).toBe(12.345)
        expect((await service.retrieveAffiliateAttribution(attr.id)).order_total).toBe(1049.95)
        expect((await service.retrieveAffiliateCommissionRule(rule.id)).percentage).toBe(7.5)
      })

      it("getOptions() returns the defaults when the plugin is configured without options", () => {
        // No storefront page by default: invitation links go to the hosted workspace.
        expect(service.getOptions()).toEqual({
          invitationValidDays: 14,
          notificationChannel: "email",
          invitationTemplate: "affiliate-invitation",
          payoutPaidTemplate: "affiliate-payout-paid",
          payoutDetailsChangedTemplate: "affiliate-payout-details-changed",
          registrationAttributionMinutes: 60,
          rateLimits: { windowSeconds: 60, clicks: 120, redirects: 120, codeLookups: 30, signups: 10 },
        })
      })

      if (fromMigrations) {
        it("every store starts with the default program", async () => {
          const programs = await service.listAffiliatePrograms({ is_default: true })
          expect(programs).toHaveLength(1)
          expect(programs[0]).toEqual(
            expect.objectContaining({
              id: "affprog_default",
              handle: "default",
              registration_mode: "open",
              auto_approve: false,
              agreement_version: "1",
              attribution_model: "last_touch",
              timezone: "UTC",
            })
          )
          expect((programs[0].help_center as any).entries.length).toBeGreaterThan(0)
        })

        it("there is at most one default program", async () => {
          await expectDuplicate(program({ is_default: true }), /is_default/)
          await program({ is_default: false })
          // Once the old default is deleted, another program can become the default.
          await service.softDeleteAffiliatePrograms(["affprog_default"])
          await program({ is_default: true, handle: "new-default" })
          const defaults = await service.listAffiliatePrograms({ is_default: true })
          expect(defaults.map((p) => p.handle)).toEqual(["new-default"])
        })
      }
    },
  })
})

describe("affiliate module configured with plugin options", () => {
  moduleIntegrationTestRunner<AffiliateModuleService>({
    moduleName: "affiliate",
    resolve: path.resolve(__dirname, ".."),
    pathToMigrations: path.resolve(__dirname, "../migrations"),
    dbName: "medusa-affiliate-module-options",
    moduleOptions: {
      storefrontUrl: "https://shop.example.com",
      invitationValidDays: 7,
      ipHashSalt: "a-long-enough-secret-salt",
    },
    testSuite: ({ service }) => {
      it("getOptions() returns the options from medusa-config, with defaults for the rest", () => {
        expect(service.getOptions()).toEqual({
          storefrontUrl: "https://shop.example.com",
          invitationValidDays: 7,
          notificationChannel: "email",
          invitationTemplate: "affiliate-invitation",
          payoutPaidTemplate: "affiliate-payout-paid",
          payoutDetailsChangedTemplate: "affiliate-payout-details-changed",
          registrationAttributionMinutes: 60,
          rateLimits: { windowSeconds: 60, clicks: 120, redirects: 120, codeLookups: 30, signups: 10 },
          ipHashSalt: "a-long-enough-secret-salt",
        })
      })
    },
  })
})
