import { Button, Container } from "@medusajs/ui"
import type { ReactNode } from "react"
import { PaginatedTable, type PaginatedTableProps } from "./paginated-table"
import { SectionHeader } from "./section-header"
import { EmptyState } from "./states"

type EmptyText = { title: string; description?: string }

type TableSectionProps<T> = Omit<PaginatedTableProps<T>, "emptyState"> & {
  title: string
  description?: string
  /** h1 for a list page, h2 (the default) for a section of a detail page. */
  level?: "h1" | "h2"
  /** The button in the header, e.g. "Create site". */
  action?: { label: string; onClick: () => void; icon?: ReactNode; disabled?: boolean }
  /** More buttons or links, shown before the action. */
  extraActions?: ReactNode
  /** Search and filters, in a row between the header and the table. */
  toolbar?: ReactNode
  /** What to say when there are no rows at all. */
  empty: EmptyText
  /** What to say instead while a search or filter finds nothing. */
  emptyFiltered?: EmptyText
  filtered?: boolean
  /** Drawers the section opens. */
  children?: ReactNode
}

/**
 * A container with a title row, optional toolbar and a table with its
 * loading, error and empty states: every list page and every table on a
 * detail page.
 */
export function TableSection<T>({
  title,
  description,
  level,
  action,
  extraActions,
  toolbar,
  empty,
  emptyFiltered,
  filtered,
  children,
  ...table
}: TableSectionProps<T>) {
  const emptyText = filtered && emptyFiltered ? emptyFiltered : empty
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level={level}
        title={title}
        description={description}
        actions={
          (action || extraActions) && (
            <>
              {extraActions}
              {action && (
                <Button size="small" variant="secondary" onClick={action.onClick} disabled={action.disabled}>
                  {action.icon}
                  {action.label}
                </Button>
              )}
            </>
          )
        }
      />
      {toolbar && <div className="flex flex-wrap items-center gap-2 px-6 py-4">{toolbar}</div>}
      <PaginatedTable
        {...table}
        emptyState={
          <EmptyState
            filtered={filtered && !!emptyFiltered}
            title={emptyText.title}
            description={emptyText.description}
          />
        }
      />
      {children}
    </Container>
  )
}
