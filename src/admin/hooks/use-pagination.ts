import { useState } from "react"
import type { TablePagination } from "../components/common/paginated-table"

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
    /** The table's pager for a list of `count` records in all. */
    table: (count: number | undefined): TablePagination => ({
      count: count ?? 0,
      pageIndex,
      pageSize,
      onPageChange: setPageIndex,
    }),
  }
}
