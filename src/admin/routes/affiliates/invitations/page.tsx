import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { FilterSelect } from "../../../components/common/filter-select"
import { type Column, StopRowClick } from "../../../components/common/paginated-table"
import { SearchInput } from "../../../components/common/search-input"
import { INVITATION_STATE_COLORS, KindBadge, StateBadge } from "../../../components/common/status-badges"
import { TableSection } from "../../../components/common/table-section"
import { InvitationCreateDrawer } from "../../../components/invitations/invitation-create-drawer"
import { useInvitations, useRevokeInvitation } from "../../../hooks/use-invitations"
import { useListFilters } from "../../../hooks/use-list-filters"
import { formatDate, formatDateTime } from "../../../lib/format"
import { withToast } from "../../../lib/toast"
import type { Invitation, InvitationState } from "../../../lib/types"

const STATE_OPTIONS: { value: InvitationState; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "accepted", label: "Accepted" },
  { value: "expired", label: "Expired" },
  { value: "revoked", label: "Revoked" },
]

const columns: Column<Invitation>[] = [
  {
    key: "email",
    header: "Email",
    render: (i) => <span className="text-ui-fg-base font-medium">{i.email}</span>,
  },
  { key: "name", header: "Name", render: (i) => i.name || "-" },
  { key: "kind", header: "Kind", render: (i) => <KindBadge kind={i.kind} /> },
  {
    key: "state",
    header: "State",
    render: (i) => <StateBadge value={i.state} colors={INVITATION_STATE_COLORS} />,
  },
  { key: "expires", header: "Expires", render: (i) => formatDateTime(i.expires_at) },
  { key: "created", header: "Sent", render: (i) => formatDate(i.created_at) },
  {
    key: "actions",
    header: "",
    className: "text-right",
    render: (i) => <InvitationActions invitation={i} />,
  },
]

const InvitationsPage = () => {
  const list = useListFilters<{ state: InvitationState }>()
  const [createOpen, setCreateOpen] = useState(false)
  const { data, isLoading, error } = useInvitations({ ...list.query, order: "-created_at" })

  return (
    <TableSection
      level="h1"
      title="Invitations"
      description="Partners invited to join a program."
      action={{ label: "Invite partner", onClick: () => setCreateOpen(true) }}
      toolbar={
        <>
          <SearchInput value={list.search} placeholder="Search email" onChange={list.setSearch} />
          <FilterSelect
            placeholder="State"
            allLabel="All states"
            value={list.filters.state}
            options={STATE_OPTIONS}
            onChange={(value) => list.setFilter("state", value)}
          />
        </>
      }
      columns={columns}
      rows={data?.invitations}
      rowKey={(i) => i.id}
      isLoading={isLoading}
      error={error}
      pagination={list.pagination.table(data?.count)}
      filtered={list.filtered}
      empty={{ title: "No invitations yet", description: "Invite a partner by email to give them a sign-up link." }}
      emptyFiltered={{ title: "No invitations match", description: "Try another search or state." }}
    >
      <InvitationCreateDrawer open={createOpen} onOpenChange={setCreateOpen} />
    </TableSection>
  )
}

/** Open invitations can be revoked; accepted ones link to the partner they created. */
const InvitationActions = ({ invitation }: { invitation: Invitation }) => {
  const prompt = usePrompt()
  const { mutateAsync, isPending } = useRevokeInvitation()

  if (invitation.state === "accepted" && invitation.affiliate_id) {
    return (
      <StopRowClick>
        <Link
          to={`/affiliates/${invitation.affiliate_id}`}
          className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
        >
          View affiliate
        </Link>
      </StopRowClick>
    )
  }
  if (invitation.state !== "open") {
    return (
      <Text size="xsmall" className="text-ui-fg-muted text-right">
        {invitation.revoked_at ? `Revoked ${formatDate(invitation.revoked_at)}` : ""}
      </Text>
    )
  }

  const revoke = async () => {
    const confirmed = await prompt({
      title: "Revoke invitation?",
      description: `The link sent to ${invitation.email} stops working. You can invite them again later.`,
      confirmText: "Revoke",
      cancelText: "Cancel",
    })
    if (confirmed) {
      await withToast(async () => {
        await mutateAsync(invitation.id)
        return `Invitation for ${invitation.email} revoked`
      })
    }
  }

  return (
    <StopRowClick>
      <Button size="small" variant="transparent" isLoading={isPending} onClick={revoke}>
        Revoke
      </Button>
    </StopRowClick>
  )
}

export const config = defineRouteConfig({
  label: "Invitations",
  rank: 3,
})

export const handle = {
  breadcrumb: () => "Affiliate invitations",
}

export default InvitationsPage
