import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  label: string
  htmlFor?: string
  optional?: boolean
  hint?: ReactNode
  error?: string
  children: ReactNode
}

/** Label, control and hint stacked the way Medusa's own forms are. */
export const FormField = ({
  label,
  htmlFor,
  optional,
  hint,
  error,
  children,
}: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={htmlFor} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (Optional)</span>}
    </Label>
    {children}
    {hint && !error && <Hint>{hint}</Hint>}
    {error && <Hint variant="error">{error}</Hint>}
  </div>
)

/** A Switch with its label and a line explaining what turning it on does. */
export const SwitchField = ({
  label,
  htmlFor,
  description,
  children,
}: {
  label: string
  /** The id of the Switch, so clicking the label toggles it. */
  htmlFor?: string
  description?: string
  children: ReactNode
}) => (
  <div className="flex items-start justify-between gap-x-4">
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
      </Label>
      {description && <Hint>{description}</Hint>}
    </div>
    {children}
  </div>
)
