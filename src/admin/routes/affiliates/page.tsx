import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { AffiliateCreateDrawer } from "../../components/affiliates/affiliate-create-drawer"
import { FilterSelect } from "../../components/common/filter-select"
import { type Column, PaginatedTable } from "../../components/common/paginated-table"
import { SearchInput } from "../../components/common/search-input"
import { SectionHeader } from "../../components/common/section-header"
import { EmptyState } from "../../components/common/states"
import { AffiliateStatusBadge, KindBadge } from "../../components/common/status-badges"
import { useAffiliates } from "../../hooks/use-affiliates"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { usePagination } from "../../hooks/use-pagination"
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
  const pagination = usePagination()
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState<AffiliateStatus | undefined>()
  const [kind, setKind] = useState<AffiliateKind | undefined>()
  const [createOpen, setCreateOpen] = useState(false)
  const q = useDebouncedValue(search.trim())

  const { data, isLoading, error } = useAffiliates({
    ...pagination.query,
    order: "-created_at",
    q: q || undefined,
    status,
    kind,
  })

  const filtered = !!(q || status || kind)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Affiliates"
        description="Partners and internal accounts that promote your store."
        actions={
          <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)}>
            Create internal account
          </Button>
        }
      />
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <SearchInput
          value={search}
          placeholder="Search name, company or email"
          onChange={(value) => {
            setSearch(value)
            pagination.reset()
          }}
        />
        <FilterSelect
          placeholder="Status"
          allLabel="All statuses"
          value={status}
          options={AFFILIATE_STATUS_OPTIONS}
          onChange={(value) => {
            setStatus(value)
            pagination.reset()
          }}
        />
        <FilterSelect
          placeholder="Kind"
          allLabel="All kinds"
          value={kind}
          options={KIND_OPTIONS}
          onChange={(value) => {
            setKind(value)
            pagination.reset()
          }}
        />
        {filtered && data && (
          <Text size="small" className="text-ui-fg-subtle ml-auto">
            {data.count} {data.count === 1 ? "match" : "matches"}
          </Text>
        )}
      </div>
      <PaginatedTable
        columns={columns}
        rows={data?.affiliates}
        rowKey={(a) => a.id}
        isLoading={isLoading}
        error={error}
        onRowClick={(a) => navigate(`/affiliates/${a.id}`)}
        pagination={{
          count: data?.count ?? 0,
          pageIndex: pagination.pageIndex,
          pageSize: pagination.pageSize,
          onPageChange: pagination.setPageIndex,
        }}
        emptyState={
          filtered ? (
            <EmptyState
              filtered
              title="No affiliates match"
              description="Try another search or clear the filters."
            />
          ) : (
            <EmptyState
              title="No affiliates yet"
              description="Partners appear here when they apply or accept an invitation. You can also create an internal account."
            />
          )
        }
      />
      <AffiliateCreateDrawer open={createOpen} onOpenChange={setCreateOpen} />
    </Container>
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
