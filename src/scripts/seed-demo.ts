/**
 * Demo data for `npm run demo`: a store with two sites and products, the
 * default partner program configured, and partners in every state of the
 * Recruit and Enable stages, all made through the real workflows so each has
 * its status history, authorizations, referrals and codes. A third site is the
 * example Next.js storefront (examples/nextjs-storefront on localhost:8000),
 * with a publishable key of its own and a partner's link and code on it.
 *
 *   npx medusa exec ./src/scripts/seed-demo.ts
 *
 * Idempotent: every record is looked up by its natural key first, so a
 * second run changes nothing and a half-finished run is completed.
 */
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import {
  acceptAffiliateInvitationWorkflow,
  addVoucherAliasWorkflow,
  applyForAffiliateProgramWorkflow,
  changeAffiliateStatusWorkflow,
  createAffiliateSiteWorkflow,
  createAffiliateWorkflow,
  createReferralWorkflow,
  createVoucherWorkflow,
  inviteAffiliateWorkflow,
  revokeAffiliateInvitationWorkflow,
  setSiteAuthorizationWorkflow,
  updateAffiliateProgramWorkflow,
  updateAffiliateWorkflow,
} from "../workflows"
import { AFFILIATE_MODULE } from "../modules/affiliate"
import type AffiliateModuleService from "../modules/affiliate/service"
import { normalizeCode } from "../domain/enable/codes"
import { tokenFromInvitationLink } from "../domain/recruit/invitation-link"
import { seedStore } from "./demo-store"
import { earnMissingCommissions, seedCommissionRules, seedSettlement } from "./demo-pay"
import { seedTraffic } from "./demo-traffic"
import {
  AFFILIATES,
  AffiliateSeed,
  ALL_SITES,
  DEMO_PASSWORD,
  EXAMPLE_SITE,
  EXAMPLE_STOREFRONT,
  OPEN_INVITATION,
  PROGRAM,
} from "./demo-data"

type Ctx = {
  container: MedusaContainer
  svc: AffiliateModuleService
  log: (message: string) => void
  programId: string
  adminId: string | null
  sites: Record<string, string>
}

const SINGULAR: Record<string, string> = {
  authorizations: "authorization",
  referrals: "referral",
  vouchers: "voucher",
  aliases: "alias",
}

const isOpen = (invitation: any) =>
  !invitation.accepted_at && !invitation.revoked_at && new Date(invitation.expires_at) > new Date()

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = (message: string) => logger.info(`[seed] ${message}`)
  const started = Date.now()
  const svc = container.resolve(AFFILIATE_MODULE) as AffiliateModuleService

  log("store: currencies, regions, sales channels, warehouse, products, publishable keys ...")
  const store = await seedStore(container, log)

  const adminEmail = process.env.DEMO_ADMIN_EMAIL || "admin@medusa-affiliate.test"
  const [admin] = await (container.resolve(Modules.USER) as any).listUsers({ email: adminEmail })
  const adminId: string | null = admin?.id ?? null

  const program = await seedProgram(container, svc, log)
  const sites = await seedSites(container, svc, log, program.id, store.channels)
  const ctx: Ctx = { container, svc, log, programId: program.id, adminId, sites }

  const partners: { name: string; email: string; password: string; status: string }[] = []
  for (const spec of AFFILIATES) {
    const affiliate = await seedAffiliate(ctx, spec)
    if (spec.route.startsWith("login-")) {
      partners.push({ name: spec.name, email: spec.email!, password: DEMO_PASSWORD, status: affiliate.status })
    }
  }

  const invitation = await seedOpenInvitation(ctx)
  const exampleStorefront = await exampleStorefrontSummary(ctx, store.examplePublishableKey)

  const payCtx = { container, svc, log, programId: program.id }
  await seedCommissionRules(payCtx, sites)
  const traffic = await seedTraffic({ container, svc, log, programId: program.id, sites, store })
  await earnMissingCommissions(payCtx)
  const pay = await seedSettlement(payCtx)

  const [, affiliates] = await svc.listAndCountAffiliates({ program_id: program.id }, { take: 1 })
  const [, internal] = await svc.listAndCountAffiliates({ program_id: program.id, kind: "internal" }, { take: 1 })
  const [, referrals] = await svc.listAndCountAffiliateReferrals({}, { take: 1 })
  const [, vouchers] = await svc.listAndCountAffiliateVouchers({}, { take: 1 })
  const counts = {
    sites: Object.keys(sites).length,
    affiliates,
    internal,
    referrals,
    vouchers,
    products: store.products,
    clicks: traffic.clicks,
    bot_clicks: traffic.bot_clicks,
    blocked_clicks: traffic.blocked_clicks,
    unique_clicks: traffic.unique_clicks,
    traffic_days: traffic.days,
    registrations: traffic.registrations,
    attributed_registrations: traffic.attributed_registrations,
    rejected_registrations: traffic.rejected_registrations,
    orders: traffic.orders,
    attributed_orders: traffic.attributed_orders,
    rejected_orders: traffic.rejected_orders,
    ledger: pay,
  }
  log(
    `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.sites} sites, ${affiliates} affiliates ` +
      `(${internal} internal), ${referrals} referrals, ${vouchers} vouchers, ${store.products} products, ` +
      `${traffic.clicks.toLocaleString("en-US")} clicks (${traffic.bot_clicks} bots), ${traffic.registrations} registrations, ` +
      `${traffic.orders} orders (${traffic.attributed_orders} attributed, ${traffic.rejected_orders} rejected)`
  )

  const summaryFile = process.env.DEMO_SUMMARY_FILE
  if (summaryFile) {
    fs.mkdirSync(path.dirname(summaryFile), { recursive: true })
    const summary = {
      seeded_at: new Date().toISOString(),
      publishable_key: store.publishableKey,
      example_storefront: exampleStorefront,
      partners,
      invitation,
      counts,
    }
    fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2))
  }
}

async function seedProgram(container: MedusaContainer, svc: AffiliateModuleService, log: Ctx["log"]) {
  const [program] = await svc.listAffiliatePrograms({ is_default: true })
  if (!program) throw new Error("The default partner program is missing; `npx medusa db:migrate` creates it.")
  if (program.metadata?.demo_seeded) {
    log(`program "${program.name}": already configured by the demo, leaving it as it is`)
    return program
  }
  const { result } = await updateAffiliateProgramWorkflow(container).run({
    input: {
      id: program.id,
      name: "Outdoor partner program",
      description: "Partners and our own marketing channels promoting Nordic Outdoor and Alpine Gear.",
      ...PROGRAM,
      metadata: { ...(program.metadata ?? {}), demo_seeded: true },
    },
  })
  log(
    `program "${result.name}" (handle ${result.handle}): open registration, manual approval, agreement ${PROGRAM.agreement_version}, ` +
      `${PROGRAM.attribution_window_days}-day window, ${PROGRAM.hold_days} hold days, payout minimum 50 EUR / 50 USD, ` +
      `${PROGRAM.help_center.entries.length} help-center entries`
  )
  return result
}

async function seedSites(
  container: MedusaContainer,
  svc: AffiliateModuleService,
  log: Ctx["log"],
  programId: string,
  channels: Record<string, string>
) {
  const sites: Record<string, string> = {}
  let made = 0
  for (const s of ALL_SITES) {
    let [site]: any[] = await svc.listAffiliateSites({ domain: s.domain })
    if (!site) {
      const { result } = await createAffiliateSiteWorkflow(container).run({
        input: {
          program_id: programId,
          name: s.name ?? s.channel,
          domain: s.domain,
          sales_channel_id: channels[s.channel],
          landing_url: s.landing_url,
          locale: s.locale,
        },
      })
      site = result
      made++
    }
    sites[s.channel] = site.id
  }
  log(`sites: ${made ? `created ${made}` : "already there"} (${ALL_SITES.map((s) => `${s.name ?? s.channel} ${s.domain}`).join(", ")})`)
  return sites
}

/** A storefront customer; with a password, a login the way Medusa's own registration makes one. */
async function ensureCustomer(ctx: Ctx, email: string, names: { first_name: string; last_name: string }, password?: string) {
  const customers = ctx.container.resolve(Modules.CUSTOMER) as any
  const [existing] = await customers.listCustomers({ email, has_account: !!password })
  if (existing) return existing
  if (!password) {
    const { result } = await createCustomersWorkflow(ctx.container).run({
      input: { customersData: [{ email, ...names }] },
    })
    return result[0]
  }
  const auth = ctx.container.resolve(Modules.AUTH) as any
  const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  let authIdentityId: string | undefined = identity?.auth_identity_id
  if (!authIdentityId) {
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (!success) throw new Error(`Registering the login ${email} failed: ${error}`)
    authIdentityId = authIdentity.id
  }
  // Creates the customer and sets app_metadata.customer_id on the auth identity.
  const { result } = await createCustomerAccountWorkflow(ctx.container).run({
    input: { authIdentityId: authIdentityId!, customerData: { email, ...names } },
  })
  return result
}

async function findAffiliate(ctx: Ctx, spec: AffiliateSeed) {
  const filters =
    spec.kind === "internal"
      ? { program_id: ctx.programId, kind: "internal", name: spec.name }
      : { program_id: ctx.programId, email: spec.email!.toLowerCase() }
  const [affiliate] = await ctx.svc.listAffiliates(filters)
  return affiliate ?? null
}

async function openAccount(ctx: Ctx, spec: AffiliateSeed) {
  const { container } = ctx
  const details = { name: spec.name, ...(spec.details ?? {}), agreement_version: PROGRAM.agreement_version }
  if (spec.route === "admin") {
    const { result } = await createAffiliateWorkflow(container).run({
      input: {
        kind: spec.kind,
        name: spec.name,
        email: spec.email ?? null,
        ...(spec.kind === "external" ? spec.details : {}),
        ...(spec.kind === "external" ? { agreement_version: PROGRAM.agreement_version, agreement_accepted_at: new Date() } : {}),
        status: "active",
        actor_id: ctx.adminId,
      },
    })
    return result
  }
  const password = spec.route.startsWith("login-") ? DEMO_PASSWORD : undefined
  const customer = await ensureCustomer(ctx, spec.email!, spec.customer!, password)
  if (spec.route === "login-invitation") {
    // Invited by the operator, accepted by the partner signed in as that customer.
    const stale = await ctx.svc.listAffiliateInvitations({ program_id: ctx.programId, email: spec.email!.toLowerCase() })
    for (const old of stale.filter(isOpen)) {
      await revokeAffiliateInvitationWorkflow(container).run({ input: { id: old.id } })
    }
    const { result: invite } = await inviteAffiliateWorkflow(container).run({
      input: { email: spec.email!, name: spec.name, program_id: ctx.programId, invited_by: ctx.adminId },
    })
    const token = tokenFromInvitationLink(invite.invitation_url)!
    const { result } = await acceptAffiliateInvitationWorkflow(container).run({
      input: { token, customer_id: customer.id, details },
    })
    return result
  }
  const { result } = await applyForAffiliateProgramWorkflow(container).run({
    input: { customer_id: customer.id, program_id: ctx.programId, details },
  })
  return result
}

/** Takes the status moves of `spec.path` that the history does not show yet, up to `upTo`. */
async function advance(ctx: Ctx, affiliate: any, spec: AffiliateSeed, upTo: number) {
  const history = await ctx.svc.listAffiliateStatusChanges({ affiliate_id: affiliate.id })
  let current = affiliate
  for (const move of spec.path.slice(Math.max(0, history.length - 1), upTo)) {
    const { result } = await changeAffiliateStatusWorkflow(ctx.container).run({
      input: { affiliate_id: affiliate.id, status: move.to, reason: move.reason, actor: { type: "user", id: ctx.adminId } },
    })
    current = result
  }
  return current
}

async function seedAffiliate(ctx: Ctx, spec: AffiliateSeed) {
  const { container, svc } = ctx
  let affiliate: any = await findAffiliate(ctx, spec)
  const isNew = !affiliate
  if (!affiliate) affiliate = await openAccount(ctx, spec)

  affiliate = await advance(ctx, affiliate, spec, spec.path_before_enable ?? spec.path.length)

  if (spec.verify && !affiliate.verified_at) {
    const { result } = await updateAffiliateWorkflow(container).run({
      input: { id: affiliate.id, verify: { by: ctx.adminId } },
    })
    affiliate = result
  }

  const made = { authorizations: 0, referrals: 0, vouchers: 0, aliases: 0 }
  const closed = affiliate.status === "disabled" || affiliate.status === "rejected"
  if (!closed) {
    for (const [siteName, status] of Object.entries(spec.sites ?? {})) {
      made.authorizations += await seedAuthorization(ctx, affiliate, ctx.sites[siteName], status)
    }
    const referralIds: Record<string, string> = {}
    for (const r of spec.referrals ?? []) {
      let [referral]: any[] = await svc.listAffiliateReferrals({ slug: r.slug })
      if (!referral) {
        const { result } = await createReferralWorkflow(container).run({
          input: {
            affiliate_id: affiliate.id,
            site_id: r.site ? ctx.sites[r.site] : null,
            name: r.name,
            slug: r.slug,
            landing_path: r.landing_path ?? "/",
            utm_source: r.utm_source,
            utm_medium: r.utm_medium,
            utm_campaign: r.utm_campaign,
          },
        })
        referral = result
        made.referrals++
      }
      referralIds[r.slug] = referral.id
    }
    for (const v of spec.vouchers ?? []) {
      let [primary] = await svc.listAffiliateVoucherCodes({ normalized_code: normalizeCode(v.code) })
      let voucherId = primary?.voucher_id
      if (!voucherId) {
        const { result } = await createVoucherWorkflow(container).run({
          input: { referral_id: referralIds[v.referral], code: v.code, description: v.description, incentive: v.incentive ?? null },
        })
        voucherId = result.id
        made.vouchers++
      }
      for (const alias of v.aliases ?? []) {
        const [taken] = await svc.listAffiliateVoucherCodes({ normalized_code: normalizeCode(alias) })
        if (taken) continue
        await addVoucherAliasWorkflow(container).run({ input: { voucher_id: voucherId, code: alias } })
        made.aliases++
      }
    }
  }

  affiliate = await advance(ctx, affiliate, spec, spec.path.length)

  const history = await svc.listAffiliateStatusChanges({ affiliate_id: affiliate.id }, { order: { created_at: "ASC" } })
  const trail = history.map((h: any) => h.to_status).join(" -> ")
  const extras = Object.entries(made)
    .filter(([, n]) => n)
    .map(([what, n]) => `${n} ${n === 1 ? SINGULAR[what] : what}`)
  ctx.log(
    `affiliate ${spec.name} (${spec.kind}, ${affiliate.status}): ${isNew ? `created via ${spec.route}` : "already there"}; ` +
      `history ${trail}${extras.length ? `; added ${extras.join(", ")}` : ""}`
  )
  return affiliate
}

async function seedAuthorization(ctx: Ctx, affiliate: any, siteId: string, target: "approved" | "requested" | "revoked") {
  const [existing] = await ctx.svc.listAffiliateSiteAuthorizations({ affiliate_id: affiliate.id, site_id: siteId })
  if (existing?.status === target) return 0
  if (target === "requested") {
    if (existing) return 0 // the operator already decided; keep that
    await setSiteAuthorizationWorkflow(ctx.container).run({
      input: {
        affiliate_id: affiliate.id,
        site_id: siteId,
        status: "requested",
        note: "I review trail running gear for the Alps as well.",
        actor: { type: "customer", id: affiliate.customer_id },
      },
    })
    return 1
  }
  const admin = { type: "user" as const, id: ctx.adminId }
  if (target === "revoked" && !existing) {
    await setSiteAuthorizationWorkflow(ctx.container).run({
      input: { affiliate_id: affiliate.id, site_id: siteId, status: "approved", note: "Approved for the winter campaign.", actor: admin },
    })
  }
  await setSiteAuthorizationWorkflow(ctx.container).run({
    input: {
      affiliate_id: affiliate.id,
      site_id: siteId,
      status: target,
      note: target === "revoked" ? "Revoked during the traffic quality review." : null,
      actor: admin,
    },
  })
  return 1
}

/** One invitation left open, to show the invitation flow. Its link is known only when it is made. */
async function seedOpenInvitation(ctx: Ctx) {
  const previous = readPreviousSummary()
  const invitations = await ctx.svc.listAffiliateInvitations({ program_id: ctx.programId, email: OPEN_INVITATION.email })
  const open = invitations.find(isOpen)
  if (open) {
    ctx.log(`invitation for ${OPEN_INVITATION.email}: already open (expires ${new Date(open.expires_at).toISOString().slice(0, 10)})`)
    const url = previous?.invitation?.id === open.id ? previous.invitation.url : null
    return { id: open.id, email: open.email, url }
  }
  if (invitations.some((i: any) => i.accepted_at)) {
    ctx.log(`invitation for ${OPEN_INVITATION.email}: already accepted, not inviting again`)
    return null
  }
  const { result } = await inviteAffiliateWorkflow(ctx.container).run({
    input: { ...OPEN_INVITATION, program_id: ctx.programId, invited_by: ctx.adminId },
  })
  ctx.log(`invitation for ${OPEN_INVITATION.email}: sent, accept at ${result.invitation_url}`)
  return { id: result.invitation.id, email: result.invitation.email, url: result.invitation_url }
}

/**
 * What the example storefront needs and what to try on it: its key, and the
 * partner's link and code there (checked, so the banner never shows a dead one).
 */
async function exampleStorefrontSummary(ctx: Ctx, publishableKey: string) {
  const spec = AFFILIATES.find((a) => a.key === EXAMPLE_STOREFRONT.partner)!
  const siteId = ctx.sites[EXAMPLE_SITE.channel]
  const [referral]: any[] = await ctx.svc.listAffiliateReferrals({ slug: EXAMPLE_STOREFRONT.referral })
  const [code]: any[] = await ctx.svc.listAffiliateVoucherCodes({ normalized_code: normalizeCode(EXAMPLE_STOREFRONT.code) })
  const [alias]: any[] = await ctx.svc.listAffiliateVoucherCodes({ normalized_code: normalizeCode(EXAMPLE_STOREFRONT.alias) })
  const [authorization]: any[] = referral
    ? await ctx.svc.listAffiliateSiteAuthorizations({ affiliate_id: referral.affiliate_id, site_id: siteId })
    : []
  const voucher = spec.vouchers?.find((v) => v.code === EXAMPLE_STOREFRONT.code)
  const ready = !!referral && referral.site_id === siteId && authorization?.status === "approved" && !!code && alias?.voucher_id === code.voucher_id
  ctx.log(
    `example storefront: site ${EXAMPLE_SITE.domain}, key "${EXAMPLE_STOREFRONT.publishable_key_title}"; ` +
      (ready
        ? `${spec.name}'s link /r/${EXAMPLE_STOREFRONT.referral} and code ${EXAMPLE_STOREFRONT.code} (alias ${EXAMPLE_STOREFRONT.alias}) work there`
        : `${spec.name}'s link or code is missing there (changed in the admin?)`)
  )
  return {
    url: EXAMPLE_STOREFRONT.url,
    domain: EXAMPLE_SITE.domain,
    site_id: siteId,
    publishable_key: publishableKey,
    region_country: EXAMPLE_STOREFRONT.country,
    partner: ready
      ? {
          name: spec.name,
          email: spec.email,
          referral: EXAMPLE_STOREFRONT.referral,
          code: EXAMPLE_STOREFRONT.code,
          alias: EXAMPLE_STOREFRONT.alias,
          incentive: voucher?.incentive ?? null,
        }
      : null,
  }
}

function readPreviousSummary(): any {
  const file = process.env.DEMO_SUMMARY_FILE
  if (!file || !fs.existsSync(file)) return null
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return null
  }
}
