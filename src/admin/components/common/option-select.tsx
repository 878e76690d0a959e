import { Select } from "@medusajs/ui"

const NONE = "__none__"

export type SelectOption<V extends string = string> = { value: V; label: string }

type OptionSelectProps<V extends string> = {
  id?: string
  value: V | undefined
  onChange: (value: V | undefined) => void
  options: SelectOption<V>[]
  placeholder?: string
  /** When set, the user may pick "nothing"; that choice maps to undefined. */
  noneLabel?: string
  disabled?: boolean
  size?: "base" | "small"
  "aria-label"?: string
}

/**
 * A Select over a list of options, with an optional "none" choice. Radix
 * Select cannot hold an empty value, so "none" is a sentinel item that maps
 * back to undefined.
 */
export function OptionSelect<V extends string>({
  id,
  value,
  onChange,
  options,
  placeholder = "Select",
  noneLabel,
  disabled,
  size,
  "aria-label": ariaLabel,
}: OptionSelectProps<V>) {
  return (
    <Select
      size={size}
      value={value ?? (noneLabel ? NONE : "")}
      onValueChange={(next) => onChange(next === NONE ? undefined : (next as V))}
      disabled={disabled}
    >
      <Select.Trigger id={id} aria-label={ariaLabel}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
