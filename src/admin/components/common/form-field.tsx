import { Hint, Input, Label, Switch, Textarea } from "@medusajs/ui"
import type { ChangeEvent, ComponentPropsWithoutRef, ElementType, ReactNode } from "react"
import { OptionSelect, type SelectOption } from "./option-select"

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

/** What every labelled control below shares: its id ties the label to it. */
type FieldProps = {
  id: string
  label: string
  optional?: boolean
  hint?: ReactNode
}

type TextControl = typeof Input | typeof Textarea

type TextControlProps<C extends TextControl> = FieldProps &
  Omit<ComponentPropsWithoutRef<C>, "id" | "value" | "onChange"> & {
    value: string
    /** Leave out for a read-only or disabled field. */
    onChange?: (value: string) => void
  }

/** A labelled text control that reports its value as a string. */
function textField<C extends TextControl>(Control: C) {
  const Field = ({ id, label, optional, hint, value, onChange, ...control }: TextControlProps<C>) => {
    // Both controls take the same props; TypeScript cannot see that through the union.
    const Any = Control as ElementType
    const handleChange =
      onChange && ((e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value))
    return (
      <FormField label={label} htmlFor={id} optional={optional} hint={hint}>
        <Any id={id} value={value} onChange={handleChange} {...control} />
      </FormField>
    )
  }
  return Field
}

export const InputField = textField(Input)
/** A labelled multi-line text box. */
export const TextareaField = textField(Textarea)

type SelectFieldProps<V extends string> = FieldProps & {
  value: V | undefined
  options: SelectOption<V>[]
  placeholder?: string
  disabled?: boolean
} & (
    /** With noneLabel, "nothing" is a choice too, reported as undefined. */
    | { noneLabel: string; onChange: (value: V | undefined) => void }
    | { noneLabel?: undefined; onChange: (value: V) => void }
  )

/** A labelled Select over a list of options. */
export function SelectField<V extends string>({
  id,
  label,
  optional,
  hint,
  onChange,
  ...select
}: SelectFieldProps<V>) {
  return (
    <FormField label={label} htmlFor={id} optional={optional} hint={hint}>
      {/* Without a "none" item every choice is one of the options. */}
      <OptionSelect id={id} onChange={onChange as (value: V | undefined) => void} {...select} />
    </FormField>
  )
}

/** A Switch with its label and a line explaining what turning it on does. */
export const SwitchField = ({
  id,
  label,
  description,
  checked,
  onCheckedChange,
}: {
  /** The id of the Switch, so clicking the label toggles it. */
  id: string
  label: string
  description?: string
  checked: boolean
  onCheckedChange: (checked: boolean) => void
}) => (
  <div className="flex items-start justify-between gap-x-4">
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {description && <Hint>{description}</Hint>}
    </div>
    <Switch id={id} checked={checked} onCheckedChange={onCheckedChange} />
  </div>
)
