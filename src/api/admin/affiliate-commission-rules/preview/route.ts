import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteConversion } from "../../../../workflows/pay/quote"
import { affiliateService } from "../../../../workflows/steps/load"
import { notFound } from "../../../utils/http"
import { presentRule } from "../helpers"
import type { PreviewRuleType } from "../validators"

/**
 * What a conversion would earn now (or at `at`): the rule that would pay,
 * the tier reached with the partner's real volume, and the arithmetic.
 * Nothing is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as PreviewRuleType
  const svc = affiliateService(req.scope)
  let affiliateId = body.affiliate_id ?? null
  if (body.referral_id) {
    const [referral] = await svc.listAffiliateReferrals({ id: body.referral_id }, { take: 1, select: ["id", "affiliate_id"] })
    if (!referral) throw notFound(`Referral ${body.referral_id} was not found.`)
    if (affiliateId && affiliateId !== referral.affiliate_id) throw notFound(`Referral ${body.referral_id} does not belong to affiliate ${affiliateId}.`)
    affiliateId = referral.affiliate_id
  }
  const [affiliate] = await svc.listAffiliates({ id: affiliateId! }, { take: 1, select: ["id", "program_id"] })
  if (!affiliate) throw notFound(`Affiliate ${affiliateId} was not found.`)
  const order = body.event !== "registration"
  const amount = String(body.amount ?? 0)
  const { quote, rule } = await quoteConversion(req.scope, {
    program_id: body.program_id ?? affiliate.program_id,
    site_id: body.site_id ?? null,
    affiliate_id: affiliate.id,
    referral_id: body.referral_id ?? null,
    conversion: order ? "order" : "registration",
    first_order: body.event === "first_order",
    at: body.at ? new Date(body.at) : new Date(),
    currency_code: order ? body.currency_code! : null,
    amounts: order ? { item_subtotal: amount, order_total: amount } : null,
    winning_touch_at: null,
    customer_id: null,
    imagined: true,
  })
  res.json({
    commission: quote.earns
      ? { amount: Number(quote.amount), currency_code: quote.currency_code, rate: quote.rate == null ? null : Number(quote.rate), basis_amount: quote.basis_amount == null ? null : Number(quote.basis_amount) }
      : null,
    rule: rule ? presentRule(rule as any) : null,
    explanation: quote.explanation,
  })
}
