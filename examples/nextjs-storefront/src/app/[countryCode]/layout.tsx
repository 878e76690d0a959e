import Link from "next/link"
import type { ReactNode } from "react"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"

export default async function StoreLayout({ children, params }: { children: ReactNode; params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  const count = (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  return (
    <>
      <header className="border-b border-ui-border-base bg-ui-bg-base">
        <nav className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4 txt-compact-medium">
          <Link href={`/${countryCode}`} className="txt-compact-xlarge-plus text-ui-fg-base">
            Acme Outdoor
          </Link>
          <div className="flex items-center gap-6 text-ui-fg-subtle">
            <Link href={`/${countryCode}`} className="hover:text-ui-fg-base">Store</Link>
            <Link href={`/${countryCode}/account`} className="hover:text-ui-fg-base" data-testid="nav-account">
              {customer ? `Account (${customer.first_name ?? customer.email})` : "Account"}
            </Link>
            <Link href={`/${countryCode}/cart`} className="hover:text-ui-fg-base" data-testid="nav-cart">
              Cart ({count})
            </Link>
          </div>
        </nav>
      </header>
      <main className="mx-auto max-w-5xl px-6 py-8">{children}</main>
    </>
  )
}
