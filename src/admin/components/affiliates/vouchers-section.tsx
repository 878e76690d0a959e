import { Plus } from "@medusajs/icons"
import { Badge, Button, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useUpdateVoucher } from "../../hooks/use-vouchers"
import { withToast } from "../../lib/toast"
import type { Affiliate, Referral, Voucher } from "../../lib/types"
import { type Column, StopRowClick } from "../common/paginated-table"
import { ACTIVE_INACTIVE_COLORS, StateBadge } from "../common/status-badges"
import { TableSection } from "../common/table-section"
import { VoucherCodesDrawer } from "./voucher-codes-drawer"

type VoucherRow = Voucher & { referral: Referral }

type VouchersSectionProps = {
  affiliate: Affiliate
  onCreateVoucher: () => void
}

/** Type-in codes for every referral of the partner, with their aliases. */
export const VouchersSection = ({ affiliate, onCreateVoucher }: VouchersSectionProps) => {
  const [managing, setManaging] = useState<string | null>(null)
  const rows: VoucherRow[] = (affiliate.referrals ?? []).flatMap((referral) =>
    (referral.vouchers ?? []).map((voucher) => ({ ...voucher, referral }))
  )
  // Look the voucher up again on each render so the drawer shows fresh codes after a change.
  const managedVoucher = rows.find((v) => v.id === managing) ?? null
  const hasReferrals = (affiliate.referrals ?? []).length > 0

  const columns: Column<VoucherRow>[] = [
    {
      key: "code",
      header: "Code",
      render: (v) => (
        <Text size="small" weight="plus" className="whitespace-nowrap font-mono">
          {v.code}
        </Text>
      ),
    },
    { key: "aliases", header: "Aliases", render: (v) => <AliasBadges voucher={v} /> },
    { key: "referral", header: "Referral", render: (v) => v.referral.name },
    {
      key: "promotion",
      header: "Promotion",
      render: (v) =>
        v.promotion_id ? (
          <Link to={`/promotions/${v.promotion_id}`} className="text-ui-fg-interactive hover:underline">
            View
          </Link>
        ) : (
          "-"
        ),
    },
    {
      key: "status",
      header: "Status",
      render: (v) => <StateBadge value={v.status} colors={ACTIVE_INACTIVE_COLORS} />,
    },
    {
      key: "actions",
      header: "",
      className: "text-right",
      render: (v) => (
        <VoucherActions affiliateId={affiliate.id} voucher={v} onManage={() => setManaging(v.id)} />
      ),
    },
  ]

  return (
    <TableSection
      title="Vouchers"
      description="Codes shoppers type at checkout; each belongs to a referral."
      action={{ label: "Create voucher", icon: <Plus />, onClick: onCreateVoucher, disabled: !hasReferrals }}
      columns={columns}
      rows={rows}
      rowKey={(v) => v.id}
      empty={{
        title: "No vouchers yet",
        description: hasReferrals
          ? "Create a voucher to give this partner a code to share."
          : "Vouchers belong to a referral. Create a referral first.",
      }}
    >
      <VoucherCodesDrawer
        affiliateId={affiliate.id}
        voucher={managedVoucher}
        open={!!managedVoucher}
        onOpenChange={(open) => !open && setManaging(null)}
      />
    </TableSection>
  )
}

const AliasBadges = ({ voucher }: { voucher: Voucher }) => {
  const aliases = (voucher.codes ?? []).filter((c) => c.kind === "alias")
  if (aliases.length === 0) {
    return <span className="text-ui-fg-muted">-</span>
  }
  return (
    <div className="flex flex-wrap gap-1">
      {aliases.map((alias) => (
        <Badge
          key={alias.id}
          size="2xsmall"
          color={alias.status === "active" ? "grey" : "red"}
          className={alias.status === "active" ? "font-mono" : "font-mono line-through"}
          title={alias.status === "active" ? undefined : "Inactive"}
        >
          {alias.code}
        </Badge>
      ))}
    </div>
  )
}

const VoucherActions = ({
  affiliateId,
  voucher,
  onManage,
}: {
  affiliateId: string
  voucher: Voucher
  onManage: () => void
}) => {
  const prompt = usePrompt()
  const { mutateAsync, isPending } = useUpdateVoucher(affiliateId)
  const next = voucher.status === "active" ? "inactive" : "active"

  const toggle = async () => {
    if (next === "inactive") {
      const confirmed = await prompt({
        title: `Deactivate ${voucher.code}?`,
        description: "Shoppers can no longer use this code or its aliases.",
        confirmText: "Deactivate",
        cancelText: "Cancel",
      })
      if (!confirmed) {
        return
      }
    }
    await withToast(async () => {
      await mutateAsync({ id: voucher.id, status: next })
      return next === "active" ? `${voucher.code} activated` : `${voucher.code} deactivated`
    })
  }

  return (
    <StopRowClick>
      <Button size="small" variant="transparent" onClick={onManage}>
        Codes
      </Button>
      <Button size="small" variant="transparent" isLoading={isPending} onClick={toggle}>
        {next === "active" ? "Activate" : "Deactivate"}
      </Button>
    </StopRowClick>
  )
}
