import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ClickTouch, CodeTouch, Partner, RegistrationTouch, Touch } from "../../domain/track/attribution"
import { normalizeCode } from "../../domain/enable/codes"
import { isClickId, isVisitorId } from "../../domain/track/visitor"
import { affiliateService } from "../steps/load"
import { CodeFacts, findCode, findCodeByPromotion, findReferralById, loadPartner } from "./lookups"

type Container = { resolve: (key: string) => any }

/** What a storefront attaches to a cart or a signup (cart / customer metadata under `affiliate`). */
export type AttachedTouch = { click_id?: string | null; code?: string | null; visitor_id?: string | null; attached_at?: string | null }

export function attachedTouchOf(metadata: Record<string, any> | null | undefined): AttachedTouch {
  const a = metadata?.affiliate
  if (!a || typeof a !== "object") return {}
  return {
    click_id: typeof a.click_id === "string" ? a.click_id : null,
    code: typeof a.code === "string" ? a.code : null,
    visitor_id: typeof a.visitor_id === "string" ? a.visitor_id : null,
    attached_at: typeof a.attached_at === "string" ? a.attached_at : null,
  }
}

/** Loads each partner once per decision. */
function partnerLoader(container: Container) {
  const partners = new Map<string, Promise<Partner | null>>()
  return (affiliateId: string | null, referralId: string | null) => {
    if (!affiliateId) return Promise.resolve(null)
    const key = `${affiliateId}:${referralId ?? ""}`
    if (!partners.has(key)) {
      partners.set(
        key,
        (async () => {
          const referral = referralId ? await findReferralById(container, referralId) : null
          const { program_id: _program, ...partner } = await loadPartner(
            container,
            affiliateId,
            referral ? { id: referral.referral.id, status: referral.referral.status } : null
          )
          return partner
        })()
      )
    }
    return partners.get(key)!
  }
}

/** A code touch; `code` is the typed code or alias in its canonical spelling, `voucher_code` the voucher's own code. */
export function codeTouch(facts: CodeFacts, at: Date): CodeTouch & { voucher_code: string } {
  return {
    kind: "code",
    at,
    code: normalizeCode(facts.code.code),
    voucher_code: facts.voucher.code,
    voucher_id: facts.voucher.id,
    voucher_status: facts.voucher.status,
    code_status: facts.code.status,
    partner: facts.partner,
  }
}

/**
 * Clicks that speak for this conversion: the attached click, and that
 * visitor's other clicks within the window before `until` (first / last touch
 * choose among them).
 */
export async function clickTouches(
  container: Container,
  attached: AttachedTouch,
  until: Date,
  windowDays: number
): Promise<ClickTouch[]> {
  const svc = affiliateService(container)
  // Ids come from storefront-written metadata: anything not shaped like ours matches nothing.
  const clickId = isClickId(attached.click_id) ? attached.click_id : null
  const first = clickId ? (await svc.listAffiliateClicks({ id: clickId }, { take: 1 }))[0] : undefined
  const visitor = first?.visitor_id ?? (isVisitorId(attached.visitor_id) ? attached.visitor_id : null)
  let clicks: any[] = first ? [first] : []
  if (visitor) {
    const since = new Date(until.getTime() - windowDays * 24 * 60 * 60 * 1000)
    const more = await svc.listAffiliateClicks(
      { visitor_id: visitor, created_at: { $gte: since, $lte: until } },
      { take: 50, order: { created_at: "DESC" } }
    )
    clicks = [...clicks, ...more.filter((c: any) => c.id !== first?.id)]
  }
  const partnerOf = partnerLoader(container)
  return Promise.all(
    clicks.map(async (c: any) => ({
      kind: "click" as const,
      at: new Date(c.created_at),
      click_id: c.id,
      partner: await partnerOf(c.affiliate_id, c.referral_id),
      utm: { utm_source: c.utm_source, utm_medium: c.utm_medium, utm_campaign: c.utm_campaign, utm_term: c.utm_term, utm_content: c.utm_content },
      is_bot: c.is_bot,
      blocked_reason: c.blocked_reason ?? null,
      site_id: c.site_id ?? null,
      program_id: c.program_id,
      voucher_id: c.voucher_id ?? null,
    }))
  )
}

/** The customer's registration attribution, as a touch an order may fall back on. */
export async function registrationTouch(container: Container, customerId: string | null): Promise<RegistrationTouch[]> {
  if (!customerId) return []
  const [registration] = await affiliateService(container).listAffiliateAttributions(
    { idempotency_key: `registration:${customerId}`, status: "attributed" },
    { take: 1 }
  )
  if (!registration) return []
  const partner = await partnerLoader(container)(registration.affiliate_id ?? null, registration.referral_id ?? null)
  return [
    {
      kind: "registration",
      at: new Date(registration.attributed_at),
      attribution_id: registration.id,
      partner,
      source: registration.source ?? "registration",
      utm: {
        utm_source: registration.utm_source,
        utm_medium: registration.utm_medium,
        utm_campaign: registration.utm_campaign,
        utm_term: registration.utm_term,
        utm_content: registration.utm_content,
      },
      window_ends_at: registration.window_ends_at ? new Date(registration.window_ends_at) : null,
    },
  ]
}

/** The order as attribution reads it. */
export async function loadOrder(container: Container, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer_id", "sales_channel_id", "metadata", "currency_code", "total", "created_at", "promotions.id", "promotions.code"],
    filters: { id: orderId },
  })
  return data[0] ?? null
}

/** Codes used on the order: attached through the cart route, or typed in Medusa's promotion field. */
export async function orderCodeTouches(container: Container, order: any, attached: AttachedTouch): Promise<(CodeTouch & { voucher_code: string })[]> {
  const at = new Date(order.created_at)
  const found = new Map<string, CodeFacts>()
  if (attached.code) {
    const facts = await findCode(container, attached.code)
    if (facts) found.set(facts.voucher.id, facts)
  }
  for (const promotion of order.promotions ?? []) {
    if (!promotion?.id) continue
    const facts = await findCodeByPromotion(container, promotion.id)
    if (facts && !found.has(facts.voucher.id)) found.set(facts.voucher.id, facts)
  }
  return [...found.values()].map((facts) => codeTouch(facts, at))
}

export type { Touch }
