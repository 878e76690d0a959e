import { Select } from "@medusajs/ui"

const NONE = "__none__"

type OptionSelectProps = {
  id?: string
  value: string | undefined
  onChange: (value: string | undefined) => void
  options: { value: string; label: string }[]
  placeholder?: string
  /** When set, the user may pick "nothing"; that choice maps to undefined. */
  noneLabel?: string
  disabled?: boolean
}

/** A form Select over a list of options, with an optional "none" choice. */
export const OptionSelect = ({
  id,
  value,
  onChange,
  options,
  placeholder = "Select",
  noneLabel,
  disabled,
}: OptionSelectProps) => (
  <Select
    value={value ?? (noneLabel ? NONE : "")}
    onValueChange={(next) => onChange(next === NONE ? undefined : next)}
    disabled={disabled}
  >
    <Select.Trigger id={id}>
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
