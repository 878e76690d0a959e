import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { CommissionExplanation } from "../../lib/pay-types"

export type Fact = { label: string; value: ReactNode }

/** Label / value pairs inside a drawer; empty values show a muted dash. */
export const Facts = ({ rows }: { rows: Fact[] }) => (
  <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
    {rows.map((row) => (
      <div key={row.label} className="contents">
        <dt>
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {row.label}
          </Text>
        </dt>
        <dd className="txt-small text-ui-fg-base min-w-0 break-words">
          {row.value ?? <span className="text-ui-fg-muted">-</span>}
        </dd>
      </div>
    ))}
  </dl>
)

/** Every step of "why this amount": which rule, window, tier and arithmetic. */
export const ExplanationSteps = ({
  explanation,
  testId = "explanation-steps",
}: {
  explanation: CommissionExplanation | null | undefined
  testId?: string
}) =>
  explanation?.steps?.length ? (
    <ol className="flex flex-col gap-y-2" data-testid={testId}>
      {explanation.steps.map((step, index) => (
        <li key={`${step.label}-${index}`} className="grid grid-cols-[24px_1fr] gap-x-2 rounded-lg border px-3 py-2">
          <span className="bg-ui-bg-subtle text-ui-fg-subtle txt-compact-xsmall-plus flex size-5 items-center justify-center rounded-full border">
            {index + 1}
          </span>
          <div className="flex min-w-0 flex-col gap-y-0.5">
            <Text size="small" weight="plus" className="text-ui-fg-base">
              {step.label}
            </Text>
            <Text size="small" className="text-ui-fg-subtle break-words">
              {step.detail}
            </Text>
          </div>
        </li>
      ))}
    </ol>
  ) : (
    <Text size="small" className="text-ui-fg-subtle">
      No steps were recorded.
    </Text>
  )
