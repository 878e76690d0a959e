import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { FilterSelect } from "../../../components/common/filter-select"
import { type Column, PaginatedTable, StopRowClick } from "../../../components/common/paginated-table"
import { SearchInput } from "../../../components/common/search-input"
import { SectionHeader } from "../../../components/common/section-header"
import { EmptyState } from "../../../components/common/states"
import { INVITATION_STATE_COLORS, KindBadge, StateBadge } from "../../../components/common/status-badges"
import { InvitationCreateDrawer } from "../../../components/invitations/invitation-create-drawer"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { useInvitations, useRevokeInvitation } from "../../../hooks/use-invitations"
import { usePagination } from "../../../hooks/use-pagination"
import { errorMessage, formatDate, formatDateTime } from "../../../lib/format"
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
  const pagination = usePagination()
  const [search, setSearch] = useState("")
  const [state, setState] = useState<InvitationState | undefined>()
  const [createOpen, setCreateOpen] = useState(false)
  const q = useDebouncedValue(search.trim())
  const { data, isLoading, error } = useInvitations({
    ...pagination.query,
    order: "-created_at",
    q: q || undefined,
    state,
  })
  const filtered = !!(q || state)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Invitations"
        description="Partners invited to join a program."
        actions={
          <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)}>
            Invite partner
          </Button>
        }
      />
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <SearchInput
          value={search}
          placeholder="Search email"
          onChange={(value) => {
            setSearch(value)
            pagination.reset()
          }}
        />
        <FilterSelect
          placeholder="State"
          allLabel="All states"
          value={state}
          options={STATE_OPTIONS}
          onChange={(value) => {
            setState(value)
            pagination.reset()
          }}
        />
      </div>
      <PaginatedTable
        columns={columns}
        rows={data?.invitations}
        rowKey={(i) => i.id}
        isLoading={isLoading}
        error={error}
        pagination={{
          count: data?.count ?? 0,
          pageIndex: pagination.pageIndex,
          pageSize: pagination.pageSize,
          onPageChange: pagination.setPageIndex,
        }}
        emptyState={
          filtered ? (
            <EmptyState filtered title="No invitations match" description="Try another search or state." />
          ) : (
            <EmptyState
              title="No invitations yet"
              description="Invite a partner by email to give them a sign-up link."
            />
          )
        }
      />
      <InvitationCreateDrawer open={createOpen} onOpenChange={setCreateOpen} />
    </Container>
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
    if (!confirmed) {
      return
    }
    try {
      await mutateAsync(invitation.id)
      toast.success(`Invitation for ${invitation.email} revoked`)
    } catch (error) {
      toast.error(errorMessage(error))
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
