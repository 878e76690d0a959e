import { Plus } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSites } from "../../hooks/use-sites"
import { nameById } from "../../lib/format"
import type { Affiliate, Referral } from "../../lib/types"
import { type Column, StopRowClick } from "../common/paginated-table"
import { ACTIVE_INACTIVE_COLORS, StateBadge } from "../common/status-badges"
import { TableSection } from "../common/table-section"
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
    { key: "site", header: "Site", render: (r) => nameById(sitesData?.sites, r.site_id) },
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
    <TableSection
      title="Referrals"
      description="Tracked links, one per channel the partner promotes on."
      action={{ label: "Create referral", icon: <Plus />, onClick: () => setCreateOpen(true) }}
      columns={columns}
      rows={affiliate.referrals ?? []}
      rowKey={(r) => r.id}
      empty={{ title: "No referrals yet", description: "Create a referral to give this partner a tracked link." }}
    >
      <ReferralCreateDrawer affiliate={affiliate} open={createOpen} onOpenChange={setCreateOpen} />
    </TableSection>
  )
}
