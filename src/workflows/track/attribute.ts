import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Conversion, decideAttribution, Decision, Touch, TouchKind } from "../../domain/track/attribution"
import { signupTiming } from "../../domain/track/signup-timing"
import { hashIp } from "../../domain/track/visitor"
import type { AttributionRow } from "../../modules/affiliate/track/conversions"
import { affiliateService } from "../steps/load"
import { earnCommissionWorkflow } from "../pay/earn"
import { notFound } from "../steps/errors"
import { allSites, findCode, loadShopper, programFacts, ProgramFacts } from "./lookups"
import { AttachedTouch, attachedTouchOf, clickTouches, codeTouch, loadOrder, orderCodeTouches, registrationTouch } from "./touches"

type Container = { resolve: (key: string) => any }

/** The stored row for a decision: who gets credit, from which touch, and why. */
export function attributionRow(
  decision: Decision,
  facts: { program_id: string; conversion: "registration" | "order"; customer_id: string | null; order_id: string | null;
    site_id: string | null; at: Date; order_total: string | number | null; currency_code: string | null; idempotency_key: string }
): AttributionRow {
  const winner = decision.winner as (Touch & { site_id?: string | null }) | null
  const utm = winner && "utm" in winner ? winner.utm : {}
  return {
    id: generateEntityId(undefined, "affattr"),
    program_id: facts.program_id,
    conversion: facts.conversion,
    status: decision.status,
    customer_id: facts.customer_id,
    order_id: facts.order_id,
    affiliate_id: winner?.partner?.affiliate_id ?? null,
    referral_id: winner?.partner?.referral_id ?? null,
    voucher_id: winner?.kind === "code" ? winner.voucher_id : null,
    // The voucher's canonical code, whichever of its aliases or spellings was typed.
    voucher_code: winner?.kind === "code" ? ((winner as { voucher_code?: string }).voucher_code ?? winner.code) : null,
    click_id: winner?.kind === "click" ? winner.click_id : null,
    site_id: facts.site_id,
    source: decision.source,
    utm_source: utm.utm_source ?? null,
    utm_medium: utm.utm_medium ?? null,
    utm_campaign: utm.utm_campaign ?? null,
    utm_term: utm.utm_term ?? null,
    utm_content: utm.utm_content ?? null,
    attributed_at: facts.at,
    window_ends_at: decision.window_ends_at,
    order_total: facts.order_total,
    currency_code: facts.currency_code,
    explanation: decision.explanation as unknown as Record<string, unknown>,
    idempotency_key: facts.idempotency_key,
  }
}

function conversionOf(program: ProgramFacts, data: Omit<Conversion, "model" | "window_days" | "precedence">): Conversion {
  return {
    ...data,
    model: program.attribution_model,
    window_days: program.attribution_window_days,
    precedence: program.attribution_precedence as TouchKind[],
  }
}

type Prepared = { row: AttributionRow | null; existing_id: string | null }

async function existing(container: Container, key: string): Promise<string | null> {
  const [found] = await affiliateService(container).listAffiliateAttributions({ idempotency_key: key }, { take: 1, select: ["id"] })
  return found?.id ?? null
}

/** Stores the decision; a replay finds the key taken and stores nothing. Undone by deleting what it stored. */
export const storeAttributionStep = createStep(
  "store-affiliate-attribution",
  async (prepared: Prepared, { container }) => {
    if (!prepared.row) return new StepResponse({ id: prepared.existing_id, created: false }, [] as string[])
    const row = { ...prepared.row, attributed_at: new Date(prepared.row.attributed_at), window_ends_at: prepared.row.window_ends_at ? new Date(prepared.row.window_ends_at) : null }
    const stored = await affiliateService(container).insertAttributions([row])
    const id = stored[0] ?? (await existing(container, row.idempotency_key))
    return new StepResponse({ id, created: stored.length > 0 }, stored)
  },
  async (stored, { container }) => {
    if (stored?.length) await affiliateService(container).deleteAttributions(stored)
  }
)

/**
 * A stored attribution goes on to earn its commission in the same workflow.
 * A replay finds both already stored; one that finds only the attribution
 * (an earlier run stopped in between) earns the missing commission.
 */
function creditAndEarn(stored: any, cause: string) {
  const earnInput = transform({ stored }, ({ stored }) => ({ attribution_id: stored.id as string | null, created_by: cause }))
  const earned = earnCommissionWorkflow.runAsStep({ input: earnInput })
  return transform({ stored, earned }, ({ stored, earned }) => ({ ...stored, commission: earned }))
}

const prepareOrderAttributionStep = createStep("prepare-order-attribution", async (input: { order_id: string }, { container }) => {
  const key = `order:${input.order_id}`
  const already = await existing(container, key)
  if (already) return new StepResponse<Prepared>({ row: null, existing_id: already })
  const order = await loadOrder(container, input.order_id)
  if (!order) throw notFound(`Order ${input.order_id} was not found.`)

  const sites = await allSites(container)
  const site = sites.find((s) => s.sales_channel_id && s.sales_channel_id === order.sales_channel_id && s.status === "active") ?? null
  const program = await programFacts(container, site?.program_id ?? null)
  if (!program) return new StepResponse<Prepared>({ row: null, existing_id: null })
  const at = new Date(order.created_at)
  const attached: AttachedTouch = attachedTouchOf(order.metadata)
  const touches: Touch[] = [
    ...(await orderCodeTouches(container, order, attached)),
    ...(await clickTouches(container, attached, at, program.attribution_window_days)),
    ...(await registrationTouch(container, order.customer_id ?? null)),
  ]
  const conversion = conversionOf(program, {
    conversion: "order",
    at,
    site_id: site?.id ?? null,
    sites_configured: sites.some((s) => s.program_id === program.id),
    customer_id: order.customer_id ?? null,
    email: order.email ?? null,
  })
  const decision = decideAttribution(conversion, touches)
  if (!decision) return new StepResponse<Prepared>({ row: null, existing_id: null })
  const row = attributionRow(decision, {
    program_id: program.id,
    conversion: "order",
    customer_id: order.customer_id ?? null,
    order_id: order.id,
    site_id: site?.id ?? null,
    at,
    order_total: order.total ?? null,
    currency_code: order.currency_code ?? null,
    idempotency_key: key,
  })
  return new StepResponse<Prepared>({ row, existing_id: null })
})

/**
 * Credits a placed order (guest or registered) to the touch that wins by the
 * program's precedence and first/last-touch model: a code used at checkout,
 * the visitor's clicks within the window, the customer's registration. The
 * order's sales channel decides the site. One attribution per order.
 */
export const attributeOrderWorkflow = createWorkflow("attribute-affiliate-order", (input: { order_id: string }) => {
  const prepared = prepareOrderAttributionStep(input)
  return new WorkflowResponse(creditAndEarn(storeAttributionStep(prepared), "order.placed"))
})

export type RegistrationInput = {
  customer_id: string
  /**
   * When the signup happened, for imports, backfills and the customer.created
   * subscriber (the touch came with the account); routes never pass it. Without
   * it the report must come within `registrationAttributionMinutes`.
   */
  at?: string
  /** The signup request's address, set by the route (never from the body); only its salted hash is stored. */
  ip?: string | null
} & AttachedTouch

const prepareRegistrationAttributionStep = createStep(
  "prepare-registration-attribution",
  async (input: RegistrationInput, { container }) => {
    const key = `registration:${input.customer_id}`
    const already = await existing(container, key)
    if (already) return new StepResponse<Prepared>({ row: null, existing_id: already })
    const customer = await loadShopper(container, input.customer_id)
    if (!customer) throw notFound(`Customer ${input.customer_id} was not found.`)
    const attached = input.click_id || input.code || input.visitor_id ? input : attachedTouchOf(customer.metadata)
    // A signup is judged when the account was created, however late it is reported.
    const judgedAt = input.at ? new Date(input.at) : new Date(customer.created_at)
    const options = affiliateService(container).getOptions()
    const timing = input.at ? ({ late: false } as const) : signupTiming(judgedAt, new Date(), options.registrationAttributionMinutes)
    const codeFacts = attached.code ? await findCode(container, attached.code) : null
    if (attached.code && !codeFacts) throw notFound(`No voucher code "${attached.code}" exists.`)
    const clicks = await clickTouches(container, attached, judgedAt, 3650)
    if (attached.click_id && !clicks.some((c) => c.click_id === attached.click_id)) throw notFound(`Click ${attached.click_id} was not found.`)
    const touches: Touch[] = [...(codeFacts ? [codeTouch(codeFacts, judgedAt)] : []), ...clicks]
    // The program of the code, else of the click (a signup has no sales channel to tell), else the default one.
    const programId: string | null = codeFacts?.program_id ?? (clicks[0] as any)?.program_id ?? null
    const program = await programFacts(container, programId)
    if (!program || !touches.length) return new StepResponse<Prepared>({ row: null, existing_id: null })
    // A signup has no sales channel: the site is where the chosen click landed, if known.
    const siteOfClicks = (clicks.find((c) => c.click_id === attached.click_id) ?? clicks[0]) as any
    const siteId: string | null = siteOfClicks?.site_id ?? null
    const conversion = conversionOf(program, {
      conversion: "registration",
      at: judgedAt,
      site_id: siteId,
      sites_configured: !!siteId,
      customer_id: customer.id,
      email: customer.email ?? null,
    })
    const decision = decideAttribution(conversion, touches)
    if (!decision) return new StepResponse<Prepared>({ row: null, existing_id: null })
    const row = attributionRow(decision, {
      program_id: program.id,
      conversion: "registration",
      customer_id: customer.id,
      order_id: null,
      site_id: siteId,
      at: judgedAt,
      order_total: null,
      currency_code: null,
      idempotency_key: key,
    })
    row.ip_hash = hashIp(input.ip ?? null, affiliateService(container).ipHashSalt())
    if (timing.late) {
      // An old account reported now is not a new signup: recorded as refused, so a retry gets the same answer.
      Object.assign(row, { status: "rejected", window_ends_at: null, commission_status: "none", commission_reason: "signup_too_late", commission_detail: timing.detail })
      row.explanation = { ...row.explanation, summary: `Not attributed: ${timing.detail.charAt(0).toLowerCase()}${timing.detail.slice(1)}` }
    } else if (row.status === "attributed") {
      row.window_ends_at = new Date(judgedAt.getTime() + program.attribution_window_days * 86_400_000)
    }
    return new StepResponse<Prepared>({ row, existing_id: null })
  }
)

/**
 * Credits a new customer's signup to the click or code the storefront passed
 * (customer metadata `affiliate`, or the signed-in signup-attribution route),
 * judged at the account's creation. A report later than the plugin's
 * `registrationAttributionMinutes` is stored as refused (`signup_too_late`).
 * One registration attribution per customer (its idempotency key); its window
 * lets later orders fall back on it. Its bounty waits (see earn.ts).
 */
export const attributeRegistrationWorkflow = createWorkflow("attribute-affiliate-registration", (input: RegistrationInput) => {
  const prepared = prepareRegistrationAttributionStep(input)
  return new WorkflowResponse(creditAndEarn(storeAttributionStep(prepared), "customer.created"))
})
