"use client"

import { Input, Label } from "@medusajs/ui"
import { useActionState } from "react"
import { applyPromoCodeAction } from "@/lib/data/cart"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"

export function PromoCodeForm() {
  const [state, action] = useActionState(applyPromoCodeAction, null)
  return (
    <form action={action} className="flex flex-col gap-2">
      <Label htmlFor="promo-code">Promo or partner code</Label>
      <div className="flex gap-2">
        <Input id="promo-code" name="code" autoComplete="off" data-testid="promo-code-input" />
        <SubmitButton variant="secondary" testId="promo-code-apply">Apply</SubmitButton>
      </div>
      <FormMessage state={state} testId="promo-code-message" />
    </form>
  )
}
