import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forgetTrackingLookups } from "../track/lookups"
import { AFFILIATE_MODULE } from "../../modules/affiliate"
import type AffiliateModuleService from "../../modules/affiliate/service"

/**
 * Generic create and update steps over the affiliate module's records, each
 * with its compensation: a created record is removed again and an updated one
 * gets its previous values back when a later step of the workflow fails.
 */
export type AffiliateEntity =
  | "Program"
  | "Site"
  | "Affiliate"
  | "AffiliateStatusChange"
  | "Invitation"
  | "SiteAuthorization"
  | "Referral"
  | "Voucher"
  | "VoucherCode"
  | "CommissionRule"
  | "CommissionRuleChange"

const PLURAL: Record<AffiliateEntity, string> = {
  Program: "AffiliatePrograms",
  Site: "AffiliateSites",
  Affiliate: "Affiliates",
  AffiliateStatusChange: "AffiliateStatusChanges",
  Invitation: "AffiliateInvitations",
  SiteAuthorization: "AffiliateSiteAuthorizations",
  Referral: "AffiliateReferrals",
  Voucher: "AffiliateVouchers",
  VoucherCode: "AffiliateVoucherCodes",
  CommissionRule: "AffiliateCommissionRules",
  CommissionRuleChange: "AffiliateCommissionRuleChanges",
}

type Row = Record<string, unknown> & { id: string }

function service(container: { resolve: (key: string) => unknown }) {
  return container.resolve(AFFILIATE_MODULE) as AffiliateModuleService & Record<string, any>
}

/**
 * A unique index that refuses a row means another request won the race for
 * the same thing: a conflict (409), not bad input. Medusa reports it as
 * INVALID_DATA "... already exists.", so that is what is recognised here.
 */
export function asConflict(error: any, message?: string) {
  const duplicate = error?.type === MedusaError.Types.INVALID_DATA && /already exists\.?$/.test(error?.message ?? "")
  return duplicate ? new MedusaError(MedusaError.Types.CONFLICT, message ?? error.message) : error
}

export const createAffiliateRecordsStep = createStep(
  "create-affiliate-records",
  async (
    input: { entity: AffiliateEntity; data: Record<string, unknown>[]; duplicateMessage?: string },
    { container }
  ) => {
    if (!input.data.length) return new StepResponse([] as Row[], { entity: input.entity, ids: [] as string[] })
    let created: Row[]
    try {
      created = await service(container)[`create${PLURAL[input.entity]}`](input.data)
    } catch (error) {
      throw asConflict(error, input.duplicateMessage)
    }
    forgetTrackingLookups()
    return new StepResponse(created, { entity: input.entity, ids: created.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    // The workflow did not complete, so the rows it wrote never existed for anyone.
    await service(container)[`delete${PLURAL[undo.entity]}`](undo.ids)
  }
)

export const updateAffiliateRecordsStep = createStep(
  "update-affiliate-records",
  async (input: { entity: AffiliateEntity; data: Row[] }, { container }) => {
    if (!input.data.length) return new StepResponse([] as Row[], { entity: input.entity, previous: [] as Row[] })
    const svc = service(container)
    const ids = input.data.map((d) => d.id)
    const fields = [...new Set(input.data.flatMap((d) => Object.keys(d)))]
    const previous: Row[] = await svc[`list${PLURAL[input.entity]}`]({ id: ids }, { select: fields })
    if (previous.length !== ids.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.entity} not found`)
    }
    let updated: Row[]
    try {
      updated = await svc[`update${PLURAL[input.entity]}`](input.data)
    } catch (error) {
      throw asConflict(error)
    }
    // Clicks and codes must see a suspended partner or an archived link at once.
    forgetTrackingLookups()
    return new StepResponse(updated, { entity: input.entity, previous })
  },
  async (undo, { container }) => {
    if (!undo?.previous.length) return
    await service(container)[`update${PLURAL[undo.entity]}`](undo.previous)
    forgetTrackingLookups()
  }
)
