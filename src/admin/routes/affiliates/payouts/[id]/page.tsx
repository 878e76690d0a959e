import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link, type UIMatch, useParams } from "react-router-dom"
import {
  actorText,
  adminIdsOf,
  PayoutStatusBadge,
} from "../../../../components/commissions/commission-badges"
import { commissionColumns as col } from "../../../../components/commissions/commission-columns"
import { CommissionDrawer } from "../../../../components/commissions/commission-drawer"
import { KeyValueList } from "../../../../components/common/key-value-list"
import { SectionHeader } from "../../../../components/common/section-header"
import { ErrorState, LoadingRows } from "../../../../components/common/states"
import { TableSection } from "../../../../components/common/table-section"
import { PayoutActions } from "../../../../components/payouts/payout-actions"
import { PaypalExportButton } from "../../../../components/payouts/paypal-export-button"
import { useAdminUsers } from "../../../../hooks/use-admin-users"
import { useDrawerState } from "../../../../hooks/use-drawer-state"
import { exportHref, usePayout } from "../../../../hooks/use-pay"
import { displayValue, formatDateTime } from "../../../../lib/format"
import { formatAmount } from "../../../../lib/money"
import type { Commission } from "../../../../lib/pay-types"
import { statusLabel } from "../../../../lib/status"

const STATUS_NOTES: Record<string, string> = {
  draft: "Not sent yet. Export it for your bank or PayPal, then mark it processing or paid.",
  processing: "Sent; waiting for the bank or PayPal to confirm.",
  paid: "Paid. Its commissions are settled.",
  failed: "The payment failed; its commissions went back to the approved balance.",
  canceled: "Canceled; its commissions went back to the approved balance.",
}

/** One payout: who is paid how much, where to, every commission it settles, and the moves allowed now. */
const PayoutDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = usePayout(id)
  const drawer = useDrawerState<Commission | null>(null)
  const { data: usersData } = useAdminUsers(adminIdsOf([data?.payout.created_by]))

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingRows rows={8} />
      </Container>
    )
  }
  if (error || !data) {
    return (
      <Container className="p-0">
        <ErrorState error={error ?? new Error("Payout not found")} />
      </Container>
    )
  }

  const { payout, items } = data
  const details = Object.entries(payout.destination?.payout_details ?? {})
  const released = payout.status === "failed" || payout.status === "canceled"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1">Payout to {payout.affiliate?.name ?? payout.affiliate_id}</Heading>
            <PayoutStatusBadge status={payout.status} />
          </div>
          <Text size="xlarge" weight="plus" className="tabular-nums" data-testid="payout-amount">
            {formatAmount(payout.amount, payout.currency_code)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {STATUS_NOTES[payout.status]}
          </Text>
        </div>
        <PayoutActions payout={payout} />
      </Container>

      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <TableSection
            title="Commissions"
            description={
              released
                ? `The ${items.length} entries this payout held; they are back in the approved balance.`
                : `The ${items.length} ${items.length === 1 ? "entry" : "entries"} this payout settles. Click one for its explanation.`
            }
            columns={[col.date, col.type, col.status, col.amount, col.summary]}
            rows={items}
            rowKey={(c) => c.id}
            onRowClick={drawer.show}
            empty={{ title: "No commissions", description: "This payout holds no ledger entries." }}
          />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <Container className="divide-y p-0">
            <SectionHeader title="Details" />
            <KeyValueList
              rows={[
                {
                  label: "Partner",
                  value: payout.affiliate ? (
                    <Link to={`/affiliates/${payout.affiliate.id}`} className="text-ui-fg-interactive hover:underline">
                      {payout.affiliate.name}
                    </Link>
                  ) : (
                    payout.affiliate_id
                  ),
                },
                { label: "Email", value: payout.affiliate?.email || "-" },
                { label: "Payout method", value: payout.destination?.payout_method ? statusLabel(payout.destination.payout_method) : "-" },
                ...details.map(([key, value]) => ({ label: statusLabel(key), value: displayValue(value) })),
                { label: "Amount", value: formatAmount(payout.amount, payout.currency_code) },
                { label: "Commissions", value: String(payout.item_count) },
                { label: "Reference", value: payout.reference ? <span className="font-mono">{payout.reference}</span> : "-" },
                { label: "Paid", value: formatDateTime(payout.paid_at) },
                ...(payout.failed_reason ? [{ label: payout.status === "failed" ? "Failure reason" : "Reason", value: payout.failed_reason }] : []),
                { label: "Created by", value: actorText(payout.created_by, usersData?.users) },
                { label: "Created", value: formatDateTime(payout.created_at) },
                {
                  label: "Run",
                  value: payout.run_id ? (
                    <Link
                      to={`/affiliates/payouts?run_id=${encodeURIComponent(payout.run_id)}`}
                      className="text-ui-fg-interactive font-mono hover:underline"
                    >
                      {payout.run_id}
                    </Link>
                  ) : (
                    "-"
                  ),
                },
              ]}
            />
            {payout.run_id && (
              <div className="flex flex-wrap gap-2 px-6 py-4">
                <Button size="small" variant="secondary" asChild>
                  <a href={exportHref("/admin/affiliate-payouts/export", { run_id: payout.run_id })} download>
                    <ArrowDownTray />
                    Export run (CSV)
                  </a>
                </Button>
                {payout.destination?.payout_method === "paypal" && (
                  <PaypalExportButton run_id={payout.run_id} currency_code={payout.currency_code} label="Run's PayPal file" />
                )}
              </div>
            )}
          </Container>
        </div>
      </div>
      <CommissionDrawer commission={drawer.value} open={drawer.open} onOpenChange={drawer.onOpenChange} />
    </div>
  )
}

/** Names the partner in the breadcrumb once loaded. */
const PayoutBreadcrumb = ({ id }: { id?: string }) => {
  const { data } = usePayout(id)
  return <>{data ? `Payout to ${data.payout.affiliate?.name ?? data.payout.affiliate_id}` : "Payout"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <PayoutBreadcrumb id={match.params.id} />,
}

export default PayoutDetailPage
