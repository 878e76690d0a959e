import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionHeaderProps = {
  title: string
  description?: string
  level?: "h1" | "h2"
  actions?: ReactNode
}

/** The title row at the top of every container: heading left, buttons right. */
export const SectionHeader = ({
  title,
  description,
  level = "h2",
  actions,
}: SectionHeaderProps) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex items-center gap-x-2">{actions}</div>}
  </div>
)
