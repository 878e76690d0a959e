import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type KeyValueRow = { label: string; value: ReactNode }

/** Two-column rows of read-only details, as on Medusa's own detail pages. */
export const KeyValueList = ({ rows }: { rows: KeyValueRow[] }) => (
  <div className="divide-y">
    {rows.map((row) => (
      <div
        key={row.label}
        className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-3"
      >
        <Text size="small" weight="plus" leading="compact">
          {row.label}
        </Text>
        <div className="txt-compact-small break-words">{row.value ?? "-"}</div>
      </div>
    ))}
  </div>
)
