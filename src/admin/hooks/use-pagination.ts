import { useState } from "react"

export const DEFAULT_PAGE_SIZE = 20

/** Page state for server-side pagination (`limit`/`offset` query params). */
export function usePagination(pageSize = DEFAULT_PAGE_SIZE) {
  const [pageIndex, setPageIndex] = useState(0)
  return {
    pageIndex,
    pageSize,
    setPageIndex,
    /** Call when a filter changes: page 3 of the old results means nothing for the new ones. */
    reset: () => setPageIndex(0),
    query: { limit: pageSize, offset: pageIndex * pageSize },
  }
}
