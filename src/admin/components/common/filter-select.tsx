import { OptionSelect, type SelectOption } from "./option-select"

type FilterSelectProps<V extends string> = {
  placeholder: string
  value: V | undefined
  options: SelectOption<V>[]
  onChange: (value: V | undefined) => void
  allLabel?: string
}

/** A list filter; "all" drops the filter (and its query param). */
export function FilterSelect<V extends string>({
  placeholder,
  value,
  options,
  onChange,
  allLabel = "All",
}: FilterSelectProps<V>) {
  return (
    <div className="w-[160px]">
      <OptionSelect
        size="small"
        aria-label={placeholder}
        placeholder={placeholder}
        noneLabel={allLabel}
        value={value}
        options={options}
        onChange={onChange}
      />
    </div>
  )
}
