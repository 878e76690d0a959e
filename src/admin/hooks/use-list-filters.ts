import { useState } from "react"
import { useDebouncedValue } from "./use-debounced-value"
import { usePagination } from "./use-pagination"

/**
 * A list page's search box and filters, with its pagination: any change goes
 * back to the first page. `query` is ready for the list hook; `filtered` says
 * whether an empty result means "no match" rather than "no records".
 */
export function useListFilters<F extends Record<string, string>>() {
  const pagination = usePagination()
  const [search, setSearch] = useState("")
  const [filters, setFilters] = useState<Partial<F>>({})
  const q = useDebouncedValue(search.trim())

  return {
    pagination,
    search,
    setSearch: (value: string) => {
      setSearch(value)
      pagination.reset()
    },
    filters,
    setFilter: <K extends keyof F>(key: K, value: F[K] | undefined) => {
      setFilters((current) => ({ ...current, [key]: value }))
      pagination.reset()
    },
    query: { ...pagination.query, q: q || undefined, ...filters },
    filtered: !!q || Object.values(filters).some(Boolean),
  }
}
