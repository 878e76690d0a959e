import type { MedusaContainer } from "@medusajs/framework/types"
import { affiliateService } from "../workflows/steps/load"

/**
 * Every hour: pending commissions whose hold has passed become approved.
 * A plain UPDATE over due rows, so running it twice (or on two servers) is harmless.
 */
export default async function approveCommissionsJob(container: MedusaContainer) {
  const approved = await affiliateService(container).approveDueCommissions(new Date())
  if (approved.length) (container.resolve("logger") as any).info(`affiliate: approved ${approved.length} commissions past their hold`)
}

export const config = { name: "affiliate-approve-commissions", schedule: "7 * * * *" }
