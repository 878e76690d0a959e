import { Badge, StatusBadge } from "@medusajs/ui"
import {
  AFFILIATE_STATUS_COLORS,
  type BadgeColor,
  statusLabel,
} from "../../lib/status"
import type { AffiliateKind, AffiliateStatus } from "../../lib/types"

type StateBadgeProps = {
  value: string | null | undefined
  colors: Record<string, BadgeColor>
}

/** A dot-and-label badge for any status field, coloured by a per-resource map. */
export const StateBadge = ({ value, colors }: StateBadgeProps) => {
  if (!value) {
    return <span className="text-ui-fg-muted">-</span>
  }
  return <StatusBadge color={colors[value] ?? "grey"}>{statusLabel(value)}</StatusBadge>
}

export const AffiliateStatusBadge = ({ status }: { status: AffiliateStatus }) => (
  <StateBadge value={status} colors={AFFILIATE_STATUS_COLORS} />
)

export const KindBadge = ({ kind }: { kind: AffiliateKind }) => (
  <Badge size="2xsmall" color={kind === "internal" ? "blue" : "grey"}>
    {kind === "internal" ? "Internal" : "External"}
  </Badge>
)

export const SITE_STATUS_COLORS: Record<string, BadgeColor> = {
  active: "green",
  archived: "grey",
}

export const AUTHORIZATION_STATUS_COLORS: Record<string, BadgeColor> = {
  requested: "orange",
  approved: "green",
  revoked: "red",
}

export const INVITATION_STATE_COLORS: Record<string, BadgeColor> = {
  open: "blue",
  accepted: "green",
  expired: "grey",
  revoked: "red",
}

export const ACTIVE_INACTIVE_COLORS: Record<string, BadgeColor> = {
  active: "green",
  inactive: "grey",
  archived: "grey",
}
