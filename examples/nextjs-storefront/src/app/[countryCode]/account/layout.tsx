import Link from "next/link"
import type { ReactNode } from "react"
import { signoutAction, retrieveCustomer } from "@/lib/data/customer"

/** The account area: its own navigation once signed in (overview, partner section, sign out). */
export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await retrieveCustomer()
  if (!customer) return <>{children}</>
  return (
    <div className="grid gap-8 sm:grid-cols-[12rem_1fr]">
      <nav aria-label="Account" className="flex flex-col gap-2 txt-compact-medium">
        <Link href={`/${countryCode}/account`} className="text-ui-fg-subtle hover:text-ui-fg-base">Overview</Link>
        <Link href={`/${countryCode}/account/partner`} className="text-ui-fg-subtle hover:text-ui-fg-base" data-testid="account-partner-link">Partner</Link>
        <form action={signoutAction}>
          <input type="hidden" name="countryCode" value={countryCode} />
          <button type="submit" className="text-ui-fg-subtle hover:text-ui-fg-base">Sign out</button>
        </form>
      </nav>
      <div>{children}</div>
    </div>
  )
}
