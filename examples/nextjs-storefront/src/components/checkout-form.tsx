"use client"

import { Input, Label } from "@medusajs/ui"
import { useActionState } from "react"
import { placeOrderAction } from "@/lib/data/cart"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"

type Option = { id: string; name: string; price: string }
type Country = { code: string; name: string }

function Field({ name, label, type = "text", defaultValue, autoComplete }: { name: string; label: string; type?: string; defaultValue?: string; autoComplete?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={name}>{label}</Label>
      <Input id={name} name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} required />
    </div>
  )
}

/** Contact, address, delivery and payment (Medusa's default provider) in one form. */
export function CheckoutForm({ countryCode, email, countries, options }: { countryCode: string; email?: string; countries: Country[]; options: Option[] }) {
  const [state, action] = useActionState(placeOrderAction, null)
  return (
    <form action={action} className="flex flex-col gap-6">
      <input type="hidden" name="countryCode" value={countryCode} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="txt-compact-large-plus mb-2">Contact and address</legend>
        <div className="sm:col-span-2"><Field name="email" label="Email" type="email" defaultValue={email} autoComplete="email" /></div>
        <Field name="first_name" label="First name" autoComplete="given-name" />
        <Field name="last_name" label="Last name" autoComplete="family-name" />
        <div className="sm:col-span-2"><Field name="address_1" label="Street and number" autoComplete="address-line1" /></div>
        <Field name="postal_code" label="Postal code" autoComplete="postal-code" />
        <Field name="city" label="City" autoComplete="address-level2" />
        <div className="flex flex-col gap-1">
          <Label htmlFor="country_code">Country</Label>
          <select id="country_code" name="country_code" defaultValue={countryCode} className="rounded-md border border-ui-border-base bg-ui-bg-field px-2 py-1.5 txt-compact-small">
            {countries.map((country) => (
              <option key={country.code} value={country.code}>{country.name}</option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="txt-compact-large-plus mb-2">Delivery</legend>
        {options.map((option, index) => (
          <label key={option.id} className="flex items-center gap-2 txt-compact-medium">
            <input type="radio" name="shipping_option_id" value={option.id} defaultChecked={index === 0} />
            {option.name} ({option.price})
          </label>
        ))}
        {options.length === 0 ? <p className="txt-compact-small text-ui-fg-error">No delivery option reaches this country.</p> : null}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="txt-compact-large-plus mb-2">Payment</legend>
        <p className="txt-compact-small text-ui-fg-subtle">Pay on delivery (Medusa&apos;s default payment provider).</p>
      </fieldset>
      <SubmitButton testId="place-order">Place order</SubmitButton>
      <FormMessage state={state} testId="checkout-message" />
    </form>
  )
}
