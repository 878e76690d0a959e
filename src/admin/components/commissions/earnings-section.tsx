import { Button, Container } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useDrawerState } from "../../hooks/use-drawer-state"
import { useCommissions } from "../../hooks/use-pay"
import type { Commission } from "../../lib/pay-types"
import { PaginatedTable } from "../common/paginated-table"
import { SectionHeader } from "../common/section-header"
import { EmptyState } from "../common/states"
import { commissionColumns as col } from "./commission-columns"
import { CommissionDrawer } from "./commission-drawer"
import { CommissionTotalsTiles } from "./commission-totals"

const LATEST = 5

/** A partner's balances per currency and latest ledger entries, with a link to the full ledger. */
export const EarningsSection = ({ affiliateId }: { affiliateId: string }) => {
  const navigate = useNavigate()
  const drawer = useDrawerState<Commission | null>(null)
  const { data, isLoading, error } = useCommissions({ affiliate_id: affiliateId, limit: LATEST, order: "-created_at" })
  const hasEntries = !!data && data.count > 0

  return (
    <Container className="divide-y p-0" data-testid="earnings-section">
      <SectionHeader
        title="Earnings"
        description={
          hasEntries
            ? `Balances, and the latest ${Math.min(LATEST, data.count)} of ${data.count} ledger entries.`
            : "Commissions, reversals and adjustments of this partner."
        }
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => navigate(`/affiliates/commissions?affiliate_id=${encodeURIComponent(affiliateId)}`)}
          >
            View ledger
          </Button>
        }
      />
      {hasEntries && <CommissionTotalsTiles totals={data.totals} />}
      <PaginatedTable
        columns={[col.date, col.type, col.status, col.amount, col.summary]}
        rows={data?.commissions}
        rowKey={(c) => c.id}
        isLoading={isLoading}
        error={error}
        onRowClick={drawer.show}
        emptyState={<EmptyState title="No earnings yet" description="Commissions appear when this partner's referrals convert." />}
      />
      <CommissionDrawer commission={drawer.value} open={drawer.open} onOpenChange={drawer.onOpenChange} />
    </Container>
  )
}
