import { defineRouteConfig } from "@medusajs/admin-sdk"
import type { Column } from "../../../components/common/paginated-table"
import { SITE_STATUS_COLORS, StateBadge } from "../../../components/common/status-badges"
import { TableSection } from "../../../components/common/table-section"
import { SiteFormDrawer } from "../../../components/sites/site-form-drawer"
import { useDrawerState } from "../../../hooks/use-drawer-state"
import { usePagination } from "../../../hooks/use-pagination"
import { useSalesChannels } from "../../../hooks/use-sales-channels"
import { useSites } from "../../../hooks/use-sites"
import { nameById } from "../../../lib/format"
import type { Site } from "../../../lib/types"

const SitesPage = () => {
  const pagination = usePagination()
  const { data, isLoading, error } = useSites({ ...pagination.query, order: "name" })
  const { data: channelsData } = useSalesChannels()
  // null means "create".
  const drawer = useDrawerState<Site | null>(null)

  const columns: Column<Site>[] = [
    {
      key: "name",
      header: "Name",
      render: (s) => <span className="text-ui-fg-base font-medium">{s.name}</span>,
    },
    { key: "domain", header: "Domain", render: (s) => s.domain },
    {
      key: "channel",
      header: "Sales channel",
      render: (s) => nameById(channelsData?.sales_channels, s.sales_channel_id),
    },
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
    <TableSection
      level="h1"
      title="Sites"
      description="Storefronts partners can promote, each tied to a sales channel."
      action={{ label: "Create site", onClick: () => drawer.show(null) }}
      columns={columns}
      rows={data?.sites}
      rowKey={(s) => s.id}
      isLoading={isLoading}
      error={error}
      onRowClick={drawer.show}
      pagination={pagination.table(data?.count)}
      empty={{
        title: "No sites yet",
        description: "Create a site for each storefront domain partners should send traffic to.",
      }}
    >
      <SiteFormDrawer site={drawer.value} open={drawer.open} onOpenChange={drawer.onOpenChange} />
    </TableSection>
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
