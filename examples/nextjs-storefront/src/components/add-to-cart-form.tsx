"use client"

import { Label } from "@medusajs/ui"
import { useActionState } from "react"
import { addToCartAction } from "@/lib/data/cart"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"

type Variant = { id: string; title: string; price: string }

export function AddToCartForm({ countryCode, variants }: { countryCode: string; variants: Variant[] }) {
  const [state, action] = useActionState(addToCartAction, null)
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="countryCode" value={countryCode} />
      <Label htmlFor="variant">Variant</Label>
      <select id="variant" name="variantId" defaultValue={variants[0]?.id} className="rounded-md border border-ui-border-base bg-ui-bg-field px-2 py-1.5 txt-compact-small">
        {variants.map((variant) => (
          <option key={variant.id} value={variant.id}>
            {variant.title} ({variant.price})
          </option>
        ))}
      </select>
      <SubmitButton testId="add-to-cart">Add to cart</SubmitButton>
      <FormMessage state={state} testId="add-to-cart-message" />
    </form>
  )
}
