import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { AffiliateCreateDrawer } from "../../components/affiliates/affiliate-create-drawer"
import { ExternalPartnerDrawer } from "../../components/affiliates/external-partner-drawer"
import { FilterSelect } from "../../components/common/filter-select"
import type { Column } from "../../components/common/paginated-table"
import { SearchInput } from "../../components/common/search-input"
import { AffiliateStatusBadge, KindBadge } from "../../components/common/status-badges"
import { TableSection } from "../../components/common/table-section"
import { SetupBanner } from "../../components/setup/setup-banner"
import { useAffiliates } from "../../hooks/use-affiliates"
import { useListFilters } from "../../hooks/use-list-filters"
import { formatDate } from "../../lib/format"
import { AFFILIATE_STATUS_OPTIONS } from "../../lib/status"
import type { Affiliate, AffiliateKind, AffiliateStatus } from "../../lib/types"

const KIND_OPTIONS: { value: AffiliateKind; label: string }[] = [
  { value: "external", label: "External" },
  { value: "internal", label: "Internal" },
]

const columns: Column<Affiliate>[] = [
  {
    key: "name",
    header: "Name",
    render: (a) => <span className="text-ui-fg-base font-medium">{a.name}</span>,
  },
  { key: "company", header: "Company", render: (a) => a.company_name || "-" },
  { key: "email", header: "Email", render: (a) => a.email || "-" },
  { key: "kind", header: "Kind", render: (a) => <KindBadge kind={a.kind} /> },
  { key: "status", header: "Status", render: (a) => <AffiliateStatusBadge status={a.status} /> },
  { key: "created", header: "Created", render: (a) => formatDate(a.created_at) },
]

const AffiliatesPage = () => {
  const navigate = useNavigate()
  const list = useListFilters<{ status: AffiliateStatus; kind: AffiliateKind }>()
  const [createOpen, setCreateOpen] = useState(false)
  const [inviteOpen, setInviteOpen] = useState(false)
  const { data, isLoading, error } = useAffiliates({ ...list.query, order: "-created_at" })

  return (
    <div className="flex flex-col gap-y-3">
      <SetupBanner />
      <TableSection
        level="h1"
        title="Affiliates"
        description="Partners and internal accounts that promote your store."
        action={{ label: "Create internal account", onClick: () => setCreateOpen(true) }}
        extraActions={
          <>
            <Button size="small" variant="transparent" asChild>
              <Link to="/affiliates/setup">Setup guide</Link>
            </Button>
            <Button size="small" variant="secondary" onClick={() => setInviteOpen(true)}>
              Invite external partner
            </Button>
          </>
        }
        toolbar={
          <>
            <SearchInput value={list.search} placeholder="Search name, company or email" onChange={list.setSearch} />
            <FilterSelect
              placeholder="Status"
              allLabel="All statuses"
              value={list.filters.status}
              options={AFFILIATE_STATUS_OPTIONS}
              onChange={(value) => list.setFilter("status", value)}
            />
            <FilterSelect
              placeholder="Kind"
              allLabel="All kinds"
              value={list.filters.kind}
              options={KIND_OPTIONS}
              onChange={(value) => list.setFilter("kind", value)}
            />
            {list.filtered && data && (
              <Text size="small" className="text-ui-fg-subtle ml-auto">
                {data.count} {data.count === 1 ? "match" : "matches"}
              </Text>
            )}
          </>
        }
        columns={columns}
        rows={data?.affiliates}
        rowKey={(a) => a.id}
        isLoading={isLoading}
        error={error}
        onRowClick={(a) => navigate(`/affiliates/${a.id}`)}
        pagination={list.pagination.table(data?.count)}
        filtered={list.filtered}
        empty={{
          title: "No affiliates yet",
          description:
            "Partners appear here when they apply or accept an invitation, or when you invite one by email. You can also create an internal account.",
        }}
        emptyFiltered={{ title: "No affiliates match", description: "Try another search or clear the filters." }}
      >
        <AffiliateCreateDrawer open={createOpen} onOpenChange={setCreateOpen} />
        <ExternalPartnerDrawer open={inviteOpen} onOpenChange={setInviteOpen} />
      </TableSection>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Affiliates",
  icon: UserGroup,
})

export const handle = {
  breadcrumb: () => "Affiliates",
}

export default AffiliatesPage
