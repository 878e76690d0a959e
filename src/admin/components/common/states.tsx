import { ExclamationCircle, MagnifyingGlass } from "@medusajs/icons"
import { Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type EmptyStateProps = {
  title: string
  description?: string
  action?: ReactNode
  /** A search or filter produced nothing, as opposed to there being no records. */
  filtered?: boolean
}

export const EmptyState = ({ title, description, action, filtered }: EmptyStateProps) => (
  <div className="flex flex-col items-center justify-center gap-y-2 px-6 py-10 text-center">
    {filtered ? (
      <MagnifyingGlass className="text-ui-fg-subtle" />
    ) : (
      <ExclamationCircle className="text-ui-fg-subtle" />
    )}
    <Text size="small" weight="plus" leading="compact">
      {title}
    </Text>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
    {action && <div className="mt-2">{action}</div>}
  </div>
)

export const ErrorState = ({ error }: { error: unknown }) => (
  <div className="flex flex-col items-center justify-center gap-y-2 px-6 py-10 text-center">
    <ExclamationCircle className="text-ui-fg-error" />
    <Text size="small" weight="plus" leading="compact">
      Could not load this data
    </Text>
    <Text size="small" className="text-ui-fg-subtle">
      {error instanceof Error ? error.message : "Please try again."}
    </Text>
  </div>
)

/** Grey bars in the shape of a list while the first page loads. */
export const LoadingRows = ({ rows = 5 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" aria-label="Loading">
    {Array.from({ length: rows }).map((_, i) => (
      <Skeleton key={i} className="h-5 w-full" />
    ))}
  </div>
)
