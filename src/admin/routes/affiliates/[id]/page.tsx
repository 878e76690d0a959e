import { Container } from "@medusajs/ui"
import { type UIMatch, useParams } from "react-router-dom"
import { AffiliateDetailsSection } from "../../../components/affiliates/affiliate-details-section"
import { ConversionsSection } from "../../../components/attributions/conversions-section"
import { EarningsSection } from "../../../components/commissions/earnings-section"
import { AffiliateHeaderSection } from "../../../components/affiliates/affiliate-header-section"
import { ReferralsSection } from "../../../components/affiliates/referrals-section"
import { SiteAuthorizationsSection } from "../../../components/affiliates/site-authorizations-section"
import { StatusHistorySection } from "../../../components/affiliates/status-history-section"
import { VoucherCreateDrawer } from "../../../components/affiliates/voucher-create-drawer"
import { VouchersSection } from "../../../components/affiliates/vouchers-section"
import { ErrorState, LoadingRows } from "../../../components/common/states"
import { useAffiliate } from "../../../hooks/use-affiliates"
import { useDrawerState } from "../../../hooks/use-drawer-state"

const AffiliateDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = useAffiliate(id)
  // The voucher drawer is shared by "Create voucher" and each referral's "Add voucher",
  // which preselects its referral.
  const voucherDrawer = useDrawerState<string | undefined>(undefined)

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
        <ErrorState error={error ?? new Error("Affiliate not found")} />
      </Container>
    )
  }

  const { affiliate } = data

  return (
    <div className="flex flex-col gap-y-3">
      <AffiliateHeaderSection affiliate={affiliate} />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <SiteAuthorizationsSection affiliate={affiliate} />
          <ReferralsSection
            affiliate={affiliate}
            onAddVoucher={voucherDrawer.show}
          />
          <VouchersSection
            affiliate={affiliate}
            onCreateVoucher={() => voucherDrawer.show(undefined)}
          />
          <ConversionsSection affiliateId={affiliate.id} />
          <EarningsSection affiliateId={affiliate.id} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <AffiliateDetailsSection affiliate={affiliate} />
          <StatusHistorySection affiliateId={affiliate.id} />
        </div>
      </div>
      <VoucherCreateDrawer
        affiliate={affiliate}
        referralId={voucherDrawer.value}
        open={voucherDrawer.open}
        onOpenChange={voucherDrawer.onOpenChange}
      />
    </div>
  )
}

/** Shows the affiliate's name in the breadcrumb once it has loaded. */
const AffiliateBreadcrumb = ({ id }: { id?: string }) => {
  const { data } = useAffiliate(id)
  return <>{data?.affiliate.name ?? "Affiliate"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <AffiliateBreadcrumb id={match.params.id} />,
}

export default AffiliateDetailPage
