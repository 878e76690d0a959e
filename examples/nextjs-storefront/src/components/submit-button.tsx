"use client"

import { Button } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** A form's submit button that shows the form is on its way (server actions take a moment). */
export function SubmitButton({ children, testId, variant = "primary" }: { children: ReactNode; testId?: string; variant?: "primary" | "secondary" }) {
  const { pending } = useFormStatus()
  return (
    <Button type="submit" variant={variant} isLoading={pending} data-testid={testId}>
      {children}
    </Button>
  )
}
