import { Badge, Heading, Text } from "@medusajs/ui"
import { redirect } from "next/navigation"
import { HOSTED_WORKSPACE_URL, referralUrl, retrievePartner } from "@/lib/data/partner"

/**
 * The partner section of the account area: the signed-in customer's partner
 * account with their links and codes. Customers without one are told how to
 * apply.
 */
export default async function PartnerPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const answer = await retrievePartner()
  if (!answer) redirect(`/${countryCode}/account`)
  if (answer.kind === "none") {
    return (
      <div className="flex flex-col gap-3" data-testid="partner-none">
        <Heading level="h1">Partner program</Heading>
        <Text>{answer.message}</Text>
        <a href={HOSTED_WORKSPACE_URL} className="text-ui-fg-interactive">Apply in the partner workspace</a>
      </div>
    )
  }
  const { affiliate, program } = answer.account
  return (
    <div className="flex flex-col gap-6" data-testid="partner-section">
      <div className="flex items-center gap-3">
        <Heading level="h1" data-testid="partner-name">{affiliate.name}</Heading>
        <Badge color={affiliate.status === "active" ? "green" : "orange"} data-testid="partner-status">{affiliate.status}</Badge>
      </div>
      <Text className="text-ui-fg-subtle">
        {program.name}: a shopper&apos;s click counts for {program.attribution_window_days} days.
      </Text>
      <section className="flex flex-col gap-2">
        <Heading level="h2">Your links and codes</Heading>
        {affiliate.referrals.length === 0 ? <Text>No links yet.</Text> : null}
        <ul className="flex flex-col gap-2">
          {affiliate.referrals.map((referral) => (
            <li key={referral.id} className="rounded-md border border-ui-border-base bg-ui-bg-base p-4" data-testid="partner-referral">
              <Text weight="plus">{referral.name}</Text>
              <Text size="small" className="break-all font-mono">{referralUrl(referral.slug)}</Text>
              {referral.vouchers.map((voucher) => (
                <Text key={voucher.id} size="small">
                  Code <span className="font-mono">{voucher.code}</span>
                  {voucher.codes.length ? ` (also ${voucher.codes.map((code) => code.code).join(", ")})` : ""}
                  {voucher.has_incentive ? ": shoppers get a discount" : ""}
                </Text>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section className="flex flex-col gap-1">
        <Heading level="h2">Sites you may promote</Heading>
        <ul className="flex flex-col gap-1">
          {affiliate.site_authorizations.map((authorization, index) => (
            <li key={index}><Text size="small">{authorization.site?.name ?? "Site"} ({authorization.site?.domain}): {authorization.status}</Text></li>
          ))}
        </ul>
      </section>
      <a href={HOSTED_WORKSPACE_URL} className="text-ui-fg-interactive">Reports, commissions and payouts in the partner workspace</a>
    </div>
  )
}
