import { Select } from "@medusajs/ui"

const ALL = "__all__"

type FilterSelectProps<V extends string> = {
  placeholder: string
  value: V | undefined
  options: { value: V; label: string }[]
  onChange: (value: V | undefined) => void
  allLabel?: string
}

/**
 * A list filter. Radix Select cannot hold an empty value, so "no filter" is a
 * sentinel item that maps back to undefined (and drops the query param).
 */
export function FilterSelect<V extends string>({
  placeholder,
  value,
  options,
  onChange,
  allLabel = "All",
}: FilterSelectProps<V>) {
  return (
    <div className="w-[160px]">
      <Select
        size="small"
        value={value ?? ALL}
        onValueChange={(next) => onChange(next === ALL ? undefined : (next as V))}
      >
        <Select.Trigger aria-label={placeholder}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{allLabel}</Select.Item>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
