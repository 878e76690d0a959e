import { Plus } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSites } from "../../hooks/use-sites"
import type { Affiliate, Referral } from "../../lib/types"
import { type Column, PaginatedTable, StopRowClick } from "../common/paginated-table"
import { SectionHeader } from "../common/section-header"
import { EmptyState } from "../common/states"
import { ACTIVE_INACTIVE_COLORS, StateBadge } from "../common/status-badges"
import { ReferralCreateDrawer } from "./referral-create-drawer"

type ReferralsSectionProps = {
  affiliate: Affiliate
  /** Opens the voucher drawer with this referral chosen. */
  onAddVoucher: (referralId: string) => void
}

/** The partner's channels ("Instagram", "Newsletter"), each with its own link and UTM tags. */
export const ReferralsSection = ({ affiliate, onAddVoucher }: ReferralsSectionProps) => {
  const [createOpen, setCreateOpen] = useState(false)
  const { data: sitesData } = useSites({ limit: 100 })
  const siteName = (siteId: string | null) =>
    siteId ? sitesData?.sites.find((s) => s.id === siteId)?.name ?? siteId : "-"

  const columns: Column<Referral>[] = [
    {
      key: "name",
      header: "Name",
      render: (r) => <span className="text-ui-fg-base">{r.name}</span>,
    },
    {
      key: "slug",
      header: "Slug",
      render: (r) => (
        <Text size="small" className="whitespace-nowrap font-mono">
          {r.slug}
        </Text>
      ),
    },
    { key: "site", header: "Site", render: (r) => siteName(r.site_id) },
    { key: "utm_source", header: "UTM source", render: (r) => r.utm_source || "-" },
    { key: "utm_medium", header: "UTM medium", render: (r) => r.utm_medium || "-" },
    { key: "utm_campaign", header: "UTM campaign", render: (r) => r.utm_campaign || "-" },
    {
      key: "status",
      header: "Status",
      render: (r) => <StateBadge value={r.status} colors={ACTIVE_INACTIVE_COLORS} />,
    },
    {
      key: "actions",
      header: "",
      className: "text-right",
      render: (r) => (
        <StopRowClick>
          <Button size="small" variant="transparent" onClick={() => onAddVoucher(r.id)}>
            Add voucher
          </Button>
        </StopRowClick>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Referrals"
        description="Tracked links, one per channel the partner promotes on."
        actions={
          <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)}>
            <Plus />
            Create referral
          </Button>
        }
      />
      <PaginatedTable
        columns={columns}
        rows={affiliate.referrals ?? []}
        rowKey={(r) => r.id}
        emptyState={
          <EmptyState
            title="No referrals yet"
            description="Create a referral to give this partner a tracked link."
          />
        }
      />
      <ReferralCreateDrawer affiliate={affiliate} open={createOpen} onOpenChange={setCreateOpen} />
    </Container>
  )
}
