import { StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { SetupCheck } from "../../../domain/recruit/setup-checks"
import { CHECK_STATUS, checkFacts, whyText } from "./setup-texts"

/**
 * One check of the setup guide: its state, what it means, what the server
 * saw, and what fixes it.
 */
export const SetupCheckRow = ({ check, children }: { check: SetupCheck; children?: ReactNode }) => {
  const state = CHECK_STATUS[check.status]
  const facts = checkFacts(check)
  const titleId = `setup-check-${check.id}-title`
  return (
    <li
      data-testid={`setup-check-${check.id}`}
      data-status={check.status}
      aria-labelledby={titleId}
      className="flex flex-col gap-y-3 px-6 py-4"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge color={state.color}>{state.label}</StatusBadge>
        <Text id={titleId} size="small" weight="plus" leading="compact">
          {check.title}
        </Text>
      </div>
      <div className="flex flex-col gap-y-1">
        <Text size="small">{whyText(check)}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {check.detail}
        </Text>
      </div>
      {facts.length > 0 && (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="txt-compact-small text-ui-fg-muted">{fact.label}</dt>
              <dd className="txt-compact-small text-ui-fg-base break-all">{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {children && <div className="flex flex-col gap-y-3">{children}</div>}
    </li>
  )
}
