import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkCode } from "../../domain/enable/codes"
import { asConflict, createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadAffiliate, loadReferral } from "../steps/load"
import { conflict, invalid, notFound } from "../steps/errors"

type Container = { resolve: (k: string) => unknown }

export type IncentiveInput = { type: "percentage" | "fixed"; value: number; currency_code?: string }

export type CreateVoucherInput = {
  referral_id: string
  code: string
  aliases?: string[]
  description?: string | null
  promotion_id?: string | null
  incentive?: IncentiveInput | null
}

/**
 * Checks codes against the shared namespace: our own vouchers and aliases
 * (normalised), and Medusa promotion codes, which shoppers type into the same
 * checkout field. `ownPromotionId` is the promotion that may share a code.
 */
async function assertCodesFree(container: Container, codes: string[], ownPromotionId?: string | null) {
  const normalized: string[] = []
  for (const raw of codes) {
    const check = checkCode(raw)
    if (!check.ok) throw invalid(`code "${raw}": ${check.message}`)
    if (normalized.includes(check.normalized)) throw invalid(`The code ${check.normalized} is listed twice.`)
    normalized.push(check.normalized)
  }
  const clash = await findCodeClash(container, normalized, ownPromotionId)
  if (clash) throw conflict(clash)
  return normalized
}

/**
 * Why one of these normalised codes cannot be had, or null when all are free:
 * a voucher code or alias (any case, retired ones too), or a Medusa promotion
 * code other than `ownPromotionId`.
 */
export async function findCodeClash(container: Container, normalized: string[], ownPromotionId?: string | null): Promise<string | null> {
  const taken = await affiliateService(container).listAffiliateVoucherCodes({ normalized_code: normalized }, { withDeleted: true } as any)
  if (taken.length) return `The code ${taken[0].normalized_code} is already in use by another voucher.`
  const promotions = container.resolve(Modules.PROMOTION) as any
  for (const code of normalized) {
    const clashes = await promotions.listPromotions({ code: { $ilike: code } }, { select: ["id", "code"] })
    const foreign = clashes.find((p: { id: string }) => p.id !== ownPromotionId)
    if (foreign) return `The code ${code} is already a promotion code in this store (${foreign.code}).`
  }
  return null
}

async function assertReferralOpen(container: Container, referralId: string) {
  const referral = await loadReferral(container, referralId)
  const affiliate = await loadAffiliate(container, referral.affiliate_id)
  if (affiliate.status === "disabled" || affiliate.status === "rejected") {
    throw conflict(`A ${affiliate.status} affiliate cannot get new codes.`)
  }
  return referral
}

const prepareVoucherStep = createStep("prepare-affiliate-voucher", async (input: CreateVoucherInput, { container }) => {
  await assertReferralOpen(container, input.referral_id)
  if (input.promotion_id && input.incentive) {
    throw invalid("Give either promotion_id (link an existing promotion) or incentive (create one), not both.")
  }
  if (input.promotion_id) {
    const [promotion] = await (container.resolve(Modules.PROMOTION) as any).listPromotions({ id: input.promotion_id })
    if (!promotion) throw invalid(`promotion_id: promotion ${input.promotion_id} does not exist.`)
    const [linked] = await affiliateService(container).listAffiliateVouchers({ promotion_id: input.promotion_id })
    if (linked) throw conflict(`The promotion is already the incentive of voucher ${linked.code}.`)
  }
  if (input.incentive?.type === "percentage" && (input.incentive.value <= 0 || input.incentive.value > 100)) {
    throw invalid("incentive.value: a percentage discount is more than 0 and at most 100.")
  }
  if (input.incentive?.type === "fixed" && !input.incentive.currency_code) {
    throw invalid("incentive.currency_code: a fixed discount needs a currency.")
  }
  const codes = [input.code, ...(input.aliases ?? [])]
  const normalized = await assertCodesFree(container, codes, input.promotion_id)
  return new StepResponse({ primary: normalized[0], aliases: normalized.slice(1), display: codes.map((c) => c.trim()) })
})

/** Creates the Medusa promotion that gives the shopper the voucher's incentive. */
const createIncentivePromotionStep = createStep(
  "create-affiliate-incentive-promotion",
  async (input: { code: string; incentive?: IncentiveInput | null }, { container }) => {
    if (!input.incentive) return new StepResponse(null as string | null, null as string | null)
    const { type, value, currency_code } = input.incentive
    const incentive = {
      code: input.code,
      type: "standard",
      status: "active",
      is_automatic: false,
      application_method: {
        type,
        target_type: "order",
        value,
        ...(type === "fixed" ? { currency_code: currency_code!.toLowerCase(), allocation: "across" } : {}),
      },
    }
    const [promotion] = await (container.resolve(Modules.PROMOTION) as any)
      .createPromotions([incentive])
      .catch((error: unknown) => {
        throw asConflict(error, `The code ${input.code} was just taken by another promotion.`)
      })
    return new StepResponse(promotion.id as string | null, promotion.id as string | null)
  },
  async (promotionId, { container }) => {
    if (!promotionId) return
    await (container.resolve(Modules.PROMOTION) as any).deletePromotions([promotionId])
  }
)

/** A type-in code for a referral, its aliases, and optionally the shopper's incentive. */
export const createVoucherWorkflow = createWorkflow("create-affiliate-voucher", (input: CreateVoucherInput) => {
  const codes = prepareVoucherStep(input)
  const promotionInput = transform({ input, codes }, ({ input, codes }) => ({ code: codes.primary, incentive: input.incentive }))
  const promotionId = createIncentivePromotionStep(promotionInput)
  const voucherInput = transform({ input, codes, promotionId }, ({ input, codes, promotionId }) => ({
    entity: "Voucher" as const,
    data: [
      {
        referral_id: input.referral_id,
        code: codes.primary,
        description: input.description ?? null,
        promotion_id: promotionId ?? input.promotion_id ?? null,
      },
    ],
  }))
  const vouchers = createAffiliateRecordsStep(voucherInput)
  const codesInput = transform({ vouchers, codes }, ({ vouchers, codes }) => ({
    entity: "VoucherCode" as const,
    data: [codes.primary, ...codes.aliases].map((normalized, i) => ({
      voucher_id: vouchers[0].id,
      code: codes.display[i],
      normalized_code: normalized,
      kind: i === 0 ? "primary" : "alias",
    })),
  }))
  createAffiliateRecordsStep(codesInput).config({ name: "create-affiliate-voucher-codes" })
  return new WorkflowResponse(transform({ vouchers }, ({ vouchers }) => vouchers[0]))
})

const prepareAliasStep = createStep(
  "prepare-affiliate-voucher-alias",
  async (input: { voucher_id: string; code: string }, { container }) => {
    const [voucher] = await affiliateService(container).listAffiliateVouchers({ id: input.voucher_id })
    if (!voucher) throw notFound(`Voucher ${input.voucher_id} was not found.`)
    await assertReferralOpen(container, voucher.referral_id)
    const [normalized] = await assertCodesFree(container, [input.code], null)
    return new StepResponse({ voucher_id: voucher.id, code: input.code.trim(), normalized_code: normalized, kind: "alias" })
  }
)

/** Adds another code that answers for the same voucher ("ANNA" beside "ANNA-PODCAST"). */
export const addVoucherAliasWorkflow = createWorkflow(
  "add-affiliate-voucher-alias",
  (input: { voucher_id: string; code: string }) => {
    const alias = prepareAliasStep(input)
    const created = createAffiliateRecordsStep(transform({ alias }, ({ alias }) => ({ entity: "VoucherCode" as const, data: [alias] })))
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)

const prepareCodeStatusStep = createStep(
  "prepare-affiliate-voucher-code-status",
  async (input: { voucher_id: string; code_id: string; status: "active" | "inactive" }, { container }) => {
    const [code] = await affiliateService(container).listAffiliateVoucherCodes({ id: input.code_id, voucher_id: input.voucher_id })
    if (!code) throw notFound(`Code ${input.code_id} was not found on voucher ${input.voucher_id}.`)
    if (code.kind === "primary") {
      throw conflict("The primary code follows its voucher: deactivate the voucher instead.")
    }
    return new StepResponse({ id: code.id, status: input.status })
  }
)

/** Turns an alias off or on again. A code is never deleted, so it is never reused. */
export const setVoucherCodeStatusWorkflow = createWorkflow(
  "set-affiliate-voucher-code-status",
  (input: { voucher_id: string; code_id: string; status: "active" | "inactive" }) => {
    const data = prepareCodeStatusStep(input)
    const updated = updateAffiliateRecordsStep(transform({ data }, ({ data }) => ({ entity: "VoucherCode" as const, data: [data] })))
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

export const updateVoucherWorkflow = createWorkflow(
  "update-affiliate-voucher",
  (input: { id: string; status?: "active" | "inactive"; description?: string | null; metadata?: Record<string, unknown> | null }) => {
    const updated = updateAffiliateRecordsStep(transform({ input }, ({ input }) => ({ entity: "Voucher" as const, data: [input] })))
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

