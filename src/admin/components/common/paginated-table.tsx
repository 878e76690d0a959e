import { Table, clx } from "@medusajs/ui"
import type { KeyboardEvent, ReactNode } from "react"
import { ErrorState, LoadingRows } from "./states"

export type Column<T> = {
  key: string
  header: ReactNode
  render: (row: T) => ReactNode
  className?: string
}

export type TablePagination = {
  count: number
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
}

export type PaginatedTableProps<T> = {
  columns: Column<T>[]
  rows: T[] | undefined
  rowKey: (row: T) => string
  isLoading?: boolean
  error?: unknown
  /** Shown instead of the table when there are no rows. */
  emptyState: ReactNode
  onRowClick?: (row: T) => void
  /** Leave out for short, unpaginated lists (e.g. on a detail page). */
  pagination?: TablePagination
}

/**
 * The list table used on every page: loading, error and empty states,
 * optional row navigation and server-side pagination.
 */
export function PaginatedTable<T>({
  columns,
  rows,
  rowKey,
  isLoading,
  error,
  emptyState,
  onRowClick,
  pagination,
}: PaginatedTableProps<T>) {
  if (isLoading && !rows) {
    return <LoadingRows />
  }
  if (error && !rows) {
    return <ErrorState error={error} />
  }
  if (!rows || rows.length === 0) {
    return <>{emptyState}</>
  }

  const onRowKeyDown = (row: T) => (event: KeyboardEvent) => {
    if (event.key === "Enter" && event.target === event.currentTarget) {
      onRowClick?.(row)
    }
  }

  return (
    <div className="flex flex-col">
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              {columns.map((column) => (
                <Table.HeaderCell key={column.key} className={column.className}>
                  {column.header}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row
                key={rowKey(row)}
                className={clx({ "cursor-pointer": !!onRowClick })}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
                onKeyDown={onRowClick ? onRowKeyDown(row) : undefined}
                tabIndex={onRowClick ? 0 : undefined}
              >
                {columns.map((column) => (
                  <Table.Cell key={column.key} className={column.className}>
                    {column.render(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {pagination && <Pager {...pagination} />}
    </div>
  )
}

const Pager = ({ count, pageIndex, pageSize, onPageChange }: TablePagination) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => onPageChange(Math.max(0, pageIndex - 1))}
      nextPage={() => onPageChange(Math.min(pageCount - 1, pageIndex + 1))}
    />
  )
}

/** Stops a click on a button inside a clickable row from also opening the row. */
export const StopRowClick = ({ children }: { children: ReactNode }) => (
  <div
    className="flex items-center justify-end gap-x-2 whitespace-nowrap"
    onClick={(event) => event.stopPropagation()}
    onKeyDown={(event) => event.stopPropagation()}
  >
    {children}
  </div>
)
