import { useNavigate } from "react-router-dom"
import { useDrawerState } from "../../hooks/use-drawer-state"
import { useAttributions } from "../../hooks/use-reports"
import type { Attribution } from "../../lib/report-types"
import { TableSection } from "../common/table-section"
import { attributionColumns as col } from "./attribution-columns"
import { AttributionDrawer } from "./attribution-drawer"

const LATEST = 5

/** A partner's latest attributed (and refused) conversions, each with its summary. */
export const ConversionsSection = ({ affiliateId }: { affiliateId: string }) => {
  const navigate = useNavigate()
  const drawer = useDrawerState<Attribution | null>(null)
  const { data, isLoading, error } = useAttributions({
    affiliate_id: affiliateId,
    limit: LATEST,
    order: "-attributed_at",
  })
  const more = (data?.count ?? 0) > LATEST

  return (
    <TableSection
      title="Conversions"
      description={
        data && data.count > 0
          ? `The latest ${Math.min(LATEST, data.count)} of ${data.count} registrations and orders attributed to this partner, or refused.`
          : "Registrations and orders attributed to this partner, or refused."
      }
      action={{
        label: more ? "View all" : "Open attributions",
        onClick: () => navigate(`/affiliates/attributions?affiliate_id=${encodeURIComponent(affiliateId)}`),
      }}
      columns={[col.date, col.conversion, col.status, col.source, col.amount, col.summary]}
      rows={data?.attributions}
      rowKey={(a) => a.id}
      isLoading={isLoading}
      error={error}
      onRowClick={drawer.show}
      empty={{ title: "No conversions yet", description: "Registrations and orders this partner refers show here." }}
    >
      <AttributionDrawer attribution={drawer.value} open={drawer.open} onOpenChange={drawer.onOpenChange} />
    </TableSection>
  )
}
