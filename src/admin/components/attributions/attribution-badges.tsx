import { Badge } from "@medusajs/ui"
import type { BadgeColor } from "../../lib/status"
import type { Attribution, ConsideredTouch } from "../../lib/report-types"
import { formatMoney } from "../../lib/report-format"
import { StateBadge } from "../common/status-badges"

export const ATTRIBUTION_STATUS_COLORS: Record<string, BadgeColor> = {
  attributed: "green",
  rejected: "red",
}

export const TOUCH_OUTCOME_COLORS: Record<string, BadgeColor> = {
  chosen: "green",
  valid: "grey",
  rejected: "red",
}

export const AttributionStatusBadge = ({ status }: { status: Attribution["status"] }) => (
  <StateBadge value={status} colors={ATTRIBUTION_STATUS_COLORS} />
)

export const ConversionBadge = ({ conversion }: { conversion: Attribution["conversion"] }) => (
  <Badge size="2xsmall" color={conversion === "order" ? "blue" : "purple"}>
    {conversion === "order" ? "Order" : "Registration"}
  </Badge>
)

export const OutcomeBadge = ({ outcome }: { outcome: ConsideredTouch["outcome"] }) => (
  <StateBadge value={outcome} colors={TOUCH_OUTCOME_COLORS} />
)

/** The order amount exactly as stored (Medusa's raw big number when present). */
export function attributionAmount(a: Attribution): string {
  if (a.conversion !== "order") {
    return "-"
  }
  const amount = a.raw_order_total?.value ?? a.order_total
  return formatMoney(amount === null || amount === undefined ? null : String(amount), a.currency_code)
}
