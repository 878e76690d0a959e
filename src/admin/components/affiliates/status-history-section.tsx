import { Container, Text } from "@medusajs/ui"
import { useAdminUsers } from "../../hooks/use-admin-users"
import { useAffiliateStatusHistory } from "../../hooks/use-affiliates"
import { formatDateTime } from "../../lib/format"
import { AFFILIATE_STATUS_COLORS, statusLabel } from "../../lib/status"
import type { AdminUser, AffiliateStatusChange, AgreementChange } from "../../lib/types"
import { SectionHeader } from "../common/section-header"
import { EmptyState, ErrorState, LoadingRows } from "../common/states"
import { AffiliateStatusBadge } from "../common/status-badges"

const DOT_COLORS: Record<string, string> = {
  green: "bg-ui-tag-green-icon",
  red: "bg-ui-tag-red-icon",
  orange: "bg-ui-tag-orange-icon",
  purple: "bg-ui-tag-purple-icon",
  blue: "bg-ui-tag-blue-icon",
  grey: "bg-ui-tag-neutral-icon",
}

const userName = (user: AdminUser | undefined) =>
  user && ([user.first_name, user.last_name].filter(Boolean).join(" ") || user.email)

const actorLabel = (change: AffiliateStatusChange, users: AdminUser[] | undefined) => {
  switch (change.actor_type) {
    case "user":
      // The admin's name once loaded; their id if the user no longer exists.
      return change.actor_id
        ? userName(users?.find((u) => u.id === change.actor_id)) || `Admin ${change.actor_id}`
        : "An admin"
    case "customer":
      return "The partner"
    default:
      return "System"
  }
}

/** "PayPal anna@example.com" for a payout-details entry. */
const agreementOf = (change: { change?: unknown }) => (change.change ?? null) as AgreementChange | null

const destinationText = (destination: { payout_method: string | null; payout_details: Record<string, unknown> | null } | undefined) => {
  if (!destination?.payout_method && !destination?.payout_details) return "none"
  const details = Object.values(destination.payout_details ?? {}).filter((v) => v !== null && v !== "").join(", ")
  return [destination.payout_method ? statusLabel(destination.payout_method) : "", details].filter(Boolean).join(" ")
}

/** Newest first: who moved the affiliate between statuses or changed their payout details, when and why. */
export const StatusHistorySection = ({ affiliateId }: { affiliateId: string }) => {
  const { data, isLoading, error } = useAffiliateStatusHistory(affiliateId)
  const changes = [...(data?.status_changes ?? [])].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  const { data: usersData } = useAdminUsers(
    changes.flatMap((c) => (c.actor_type === "user" && c.actor_id ? [c.actor_id] : []))
  )

  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Status history" />
      {isLoading ? (
        <LoadingRows rows={3} />
      ) : error ? (
        <ErrorState error={error} />
      ) : changes.length === 0 ? (
        <EmptyState title="No status changes yet" />
      ) : (
        <ol className="flex flex-col px-6 py-4">
          {changes.map((change, index) => (
            <TimelineItem
              key={change.id}
              change={change}
              actor={actorLabel(change, usersData?.users)}
              last={index === changes.length - 1}
            />
          ))}
        </ol>
      )}
    </Container>
  )
}

const TimelineItem = ({
  change,
  actor,
  last,
}: {
  change: AffiliateStatusChange
  actor: string
  last: boolean
}) => {
  const color = AFFILIATE_STATUS_COLORS[change.to_status] ?? "grey"
  return (
    <li className="grid grid-cols-[12px_1fr] gap-x-3">
      <div className="flex flex-col items-center">
        <span className={`mt-1.5 size-2 shrink-0 rounded-full ${DOT_COLORS[color]}`} />
        {!last && <span className="bg-ui-border-base my-1 w-px flex-1" />}
      </div>
      <div className="flex flex-col gap-y-1 pb-4">
        {change.kind === "payout_details" ? (
          <Text size="small" weight="plus">
            Payout details: {destinationText(change.change?.before)} → {destinationText(change.change?.after)}
          </Text>
        ) : change.kind === "agreement" ? (
          <Text size="small" weight="plus">
            Accepted agreement version {agreementOf(change)?.after.version ?? "?"}
            {agreementOf(change)?.before.version ? ` (was ${agreementOf(change)!.before.version})` : ""}
          </Text>
        ) : (
          <div className="flex flex-wrap items-center gap-x-2">
            {change.from_status ? (
              <Text size="small" className="text-ui-fg-subtle">
                {statusLabel(change.from_status)} →
              </Text>
            ) : null}
            <AffiliateStatusBadge status={change.to_status} />
          </div>
        )}
        {change.reason && (
          <Text size="small" className="text-ui-fg-base whitespace-pre-line">
            {change.reason}
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-muted">
          {actor} · {formatDateTime(change.created_at)}
        </Text>
      </div>
    </li>
  )
}
