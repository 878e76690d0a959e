import { allowedTransitions } from "../../domain/recruit/status-lifecycle"
import type { AffiliateStatus } from "./types"

/**
 * Status labels, colours and the actions the detail page offers. The allowed
 * moves come from the same lifecycle the server enforces, so the UI never
 * offers a button that would only earn a 409.
 */

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const AFFILIATE_STATUS_OPTIONS: { value: AffiliateStatus; label: string }[] = [
  { value: "pending", label: "Pending" },
  { value: "active", label: "Active" },
  { value: "suspended", label: "Suspended" },
  { value: "disabled", label: "Disabled" },
  { value: "rejected", label: "Rejected" },
]

export const AFFILIATE_STATUS_COLORS: Record<AffiliateStatus, BadgeColor> = {
  pending: "orange",
  active: "green",
  suspended: "purple",
  disabled: "grey",
  rejected: "red",
}

export type StatusAction = {
  to: AffiliateStatus
  label: string
  /** Negative moves must say why, so the history explains itself later. */
  reasonRequired: boolean
  variant: "primary" | "secondary" | "danger"
}

export function statusActionsFor(from: AffiliateStatus): StatusAction[] {
  return allowedTransitions(from).map((to) => actionFor(from, to))
}

function actionFor(from: AffiliateStatus, to: AffiliateStatus): StatusAction {
  switch (to) {
    case "active":
      // Coming back from a suspension reads as a reactivation; everything
      // else (a pending application, a reconsidered rejection) is an approval.
      return from === "suspended"
        ? { to, label: "Reactivate", reasonRequired: false, variant: "secondary" }
        : { to, label: "Approve", reasonRequired: false, variant: "primary" }
    case "rejected":
      return { to, label: "Reject", reasonRequired: true, variant: "secondary" }
    case "suspended":
      return { to, label: "Suspend", reasonRequired: true, variant: "secondary" }
    case "disabled":
      return { to, label: "Disable", reasonRequired: true, variant: "danger" }
    default:
      return { to, label: statusLabel(to), reasonRequired: false, variant: "secondary" }
  }
}

export function statusLabel(status: string | null | undefined): string {
  if (!status) {
    return "-"
  }
  return status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, " ")
}
