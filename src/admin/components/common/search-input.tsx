import { Input } from "@medusajs/ui"

type SearchInputProps = {
  value: string
  onChange: (value: string) => void
  placeholder?: string
}

export const SearchInput = ({ value, onChange, placeholder = "Search" }: SearchInputProps) => (
  <div className="w-full max-w-[260px]">
    <Input
      size="small"
      type="search"
      placeholder={placeholder}
      aria-label={placeholder}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  </div>
)
