import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chooseRule, Rule, RuleVerdict } from "../../domain/pay/rules"
import { CommissionQuote, ConversionFacts, quoteCommission } from "../../domain/pay/commission"
import { tierPeriod } from "../../domain/pay/tiers"
import { referralMoment } from "../../domain/pay/window"
import { decimal } from "../../domain/pay/money"
import { affiliateService, loadProgram } from "../steps/load"
import { notFound } from "../steps/errors"

type Container = { resolve: (key: string) => any }

export type QuoteRequest = {
  program_id: string | null
  site_id: string | null
  affiliate_id: string
  referral_id: string | null
  conversion: "registration" | "order"
  first_order: boolean
  at: Date
  currency_code: string | null
  amounts: ConversionFacts["amounts"]
  /** The touch that won the conversion, and the customer, for time-limited rules. */
  winning_touch_at: Date | null
  customer_id: string | null
  /** A preview counts the conversion it imagines into the tier volume; a stored one is already counted. */
  imagined: boolean
}

export type QuoteResult = { quote: CommissionQuote; rule: Rule | null; verdicts: RuleVerdict[]; program: any; partner: any }

/** Looks up what the pure commission math needs (rules, partner, tier volume, referral moment) and applies it. */
export async function quoteConversion(container: Container, request: QuoteRequest): Promise<QuoteResult> {
  const svc = affiliateService(container)
  const program = await loadProgram(container, request.program_id)
  const [partner] = await svc.listAffiliates({ id: request.affiliate_id }, { take: 1, select: ["id", "name", "kind", "status", "program_id"] })
  if (!partner) throw notFound(`Affiliate ${request.affiliate_id} was not found.`)
  const rules = (await svc.listAffiliateCommissionRules({ program_id: program.id, status: "active" }, { take: 1000 })) as unknown as Rule[]
  const { rule, verdicts } = chooseRule(rules, {
    program_id: program.id,
    site_id: request.site_id,
    affiliate_id: request.affiliate_id,
    referral_id: request.referral_id,
    conversion: request.conversion,
    first_order: request.first_order,
    at: request.at,
  })

  let tierVolume: number | null = null
  if (rule?.tiers?.tiers?.length && request.conversion === "order") {
    const period = tierPeriod(rule.tiers, request.at, program.timezone ?? "UTC")
    const volume = await svc.attributedVolume({ affiliate_id: request.affiliate_id, currency_code: request.currency_code, ...period })
    const imagined = request.imagined ? { orders: 1, revenue: Number(request.amounts?.order_total ?? 0) } : { orders: 0, revenue: 0 }
    tierVolume = rule.tiers.metric === "orders" ? volume.orders + imagined.orders : volume.revenue + imagined.revenue
  }
  const earlier = request.customer_id ? await svc.firstCreditedAt({ customer_id: request.customer_id, affiliate_id: request.affiliate_id }) : null
  const referred_at = referralMoment(request.winning_touch_at, earlier ? [earlier] : [])

  const quote = quoteCommission(
    rule,
    {
      conversion: request.conversion,
      at: request.at,
      currency_code: request.currency_code,
      amounts: request.amounts,
      referred_at,
      tier_volume: tierVolume,
      timezone: program.timezone ?? "UTC",
      partner: { status: partner.status, kind: partner.kind },
    },
    verdicts
  )
  return { quote, rule, verdicts, program, partner }
}

/** The order figures commissions are computed from: items after discounts without tax, the total, the customer's history. */
export async function loadOrderForCommission(container: Container, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "email", "currency_code", "created_at", "total", "item_total", "item_tax_total", "status"],
    filters: { id: orderId },
  })
  if (!order) return null
  // "First order" means the customer's first order in the store, guests recognised by email.
  const earlierFilter = order.customer_id ? { customer_id: order.customer_id } : order.email ? { email: order.email } : null
  let first = true
  if (earlierFilter) {
    const { data: earlier } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters: { ...earlierFilter, created_at: { $lt: order.created_at }, id: { $ne: order.id } },
      pagination: { take: 1 },
    })
    first = earlier.length === 0
  }
  return {
    order,
    first_order: first,
    amounts: {
      item_subtotal: decimal(String(order.item_total ?? 0)).minus(String(order.item_tax_total ?? 0)).toString(),
      order_total: String(order.total ?? 0),
    },
  }
}

/** The rule as it was when it made a commission, kept with the entry. */
export function ruleSnapshot(rule: Rule | null): Record<string, unknown> | null {
  if (!rule) return null
  const { id, name, scope, site_id, affiliate_id, referral_id, event, type, percentage, flat_amounts, basis, tiers, window_days, priority, starts_at, ends_at } = rule as any
  return { id, name, scope, site_id, affiliate_id, referral_id, event, type, percentage: percentage == null ? null : String(percentage), flat_amounts, basis, tiers, window_days, priority, starts_at, ends_at, taken_at: new Date().toISOString() }
}
