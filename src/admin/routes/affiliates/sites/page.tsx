import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { type Column, PaginatedTable } from "../../../components/common/paginated-table"
import { SectionHeader } from "../../../components/common/section-header"
import { EmptyState } from "../../../components/common/states"
import { SITE_STATUS_COLORS, StateBadge } from "../../../components/common/status-badges"
import { SiteFormDrawer } from "../../../components/sites/site-form-drawer"
import { usePagination } from "../../../hooks/use-pagination"
import { useSalesChannels } from "../../../hooks/use-sales-channels"
import { useSites } from "../../../hooks/use-sites"
import type { Site } from "../../../lib/types"

const SitesPage = () => {
  const pagination = usePagination()
  const { data, isLoading, error } = useSites({ ...pagination.query, order: "name" })
  const { data: channelsData } = useSalesChannels()
  // site null means "create"; kept on close so the drawer does not flip while animating out.
  const [drawer, setDrawer] = useState<{ open: boolean; site: Site | null }>({
    open: false,
    site: null,
  })

  const channelName = (id: string | null) =>
    id ? channelsData?.sales_channels.find((c) => c.id === id)?.name ?? id : "-"

  const columns: Column<Site>[] = [
    {
      key: "name",
      header: "Name",
      render: (s) => <span className="text-ui-fg-base font-medium">{s.name}</span>,
    },
    { key: "domain", header: "Domain", render: (s) => s.domain },
    { key: "channel", header: "Sales channel", render: (s) => channelName(s.sales_channel_id) },
    {
      key: "landing",
      header: "Landing URL",
      render: (s) => <span className="block max-w-[240px] truncate">{s.landing_url}</span>,
    },
    { key: "locale", header: "Locale", render: (s) => s.locale || "-" },
    {
      key: "status",
      header: "Status",
      render: (s) => <StateBadge value={s.status} colors={SITE_STATUS_COLORS} />,
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Sites"
        description="Storefronts partners can promote, each tied to a sales channel."
        actions={
          <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, site: null })}>
            Create site
          </Button>
        }
      />
      <PaginatedTable
        columns={columns}
        rows={data?.sites}
        rowKey={(s) => s.id}
        isLoading={isLoading}
        error={error}
        onRowClick={(site) => setDrawer({ open: true, site })}
        pagination={{
          count: data?.count ?? 0,
          pageIndex: pagination.pageIndex,
          pageSize: pagination.pageSize,
          onPageChange: pagination.setPageIndex,
        }}
        emptyState={
          <EmptyState
            title="No sites yet"
            description="Create a site for each storefront domain partners should send traffic to."
          />
        }
      />
      <SiteFormDrawer
        site={drawer.site}
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Sites",
  rank: 2,
})

export const handle = {
  breadcrumb: () => "Affiliate sites",
}

export default SitesPage
