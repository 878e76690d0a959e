import { Badge, Button, Drawer, Text } from "@medusajs/ui"
import { useAdminUsers } from "../../hooks/use-admin-users"
import { actorText, adminIdsOf } from "../commissions/commission-badges"
import { useRuleChanges } from "../../hooks/use-pay"
import { formatDateTime } from "../../lib/format"
import { formatAmounts, formatPercent } from "../../lib/money"
import type { CommissionRule, RuleChange, TierTable } from "../../lib/pay-types"
import { EmptyState, ErrorState, LoadingRows } from "../common/states"
import { SCOPE_LABELS, EVENT_SHORT, BASIS_SHORT, tiersText } from "./rule-text"

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  scope: "Scope",
  site_id: "Site",
  affiliate_id: "Partner",
  referral_id: "Referral",
  event: "Pays for",
  type: "Type",
  percentage: "Percentage",
  flat_amounts: "Flat amounts",
  basis: "Basis",
  tiers: "Tiers",
  window_days: "Window",
  priority: "Priority",
  starts_at: "Starts",
  ends_at: "Ends",
  status: "Status",
  metadata: "Metadata",
  program_id: "Program",
}

/** Fields a "created" entry lists, in this order. */
const CREATED_FIELDS = ["scope", "site_id", "affiliate_id", "referral_id", "event", "type", "percentage", "flat_amounts", "basis", "tiers", "window_days", "priority", "starts_at", "ends_at"]

const ACTION_COLORS = { created: "green", updated: "blue", archived: "grey" } as const

type NameOf = (field: string, id: string) => string

function valueText(field: string, value: unknown, rule: Record<string, unknown> | null, nameOf?: NameOf): string {
  if (value === null || value === undefined || value === "") {
    return "none"
  }
  switch (field) {
    case "site_id":
    case "affiliate_id":
    case "referral_id":
      return nameOf ? nameOf(field, String(value)) : String(value)
    case "type":
      return value === "flat" ? "Flat amount" : value === "percentage" ? "Percentage" : String(value)
    case "percentage":
      return formatPercent(value as string)
    case "flat_amounts":
      return formatAmounts(value as Record<string, number>)
    case "tiers":
      return tiersText(value as TierTable, (rule?.type as CommissionRule["type"]) ?? "percentage")
    case "starts_at":
    case "ends_at":
      return formatDateTime(value as string)
    case "window_days":
      return `${value} days`
    case "scope":
      return SCOPE_LABELS[value as CommissionRule["scope"]] ?? String(value)
    case "event":
      return EVENT_SHORT[value as CommissionRule["event"]] ?? String(value)
    case "basis":
      return BASIS_SHORT[value as CommissionRule["basis"]] ?? String(value)
    default:
      return typeof value === "object" ? JSON.stringify(value) : String(value)
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)


type RuleHistoryDrawerProps = {
  rule: CommissionRule | null
  /** Names the rule's site, partner or referral by id. */
  nameOf?: NameOf
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** The rule's audit trail, newest first: who created, changed or archived it, and what changed. */
export const RuleHistoryDrawer = ({ rule, nameOf, open, onOpenChange }: RuleHistoryDrawerProps) => {
  const { data, isLoading, error } = useRuleChanges(open ? rule?.id : undefined)
  const changes = data?.changes ?? []
  const { data: usersData } = useAdminUsers(adminIdsOf(changes.map((c) => c.actor)))

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>History of {rule?.name ?? "the rule"}</Drawer.Title>
          <Drawer.Description className="txt-small text-ui-fg-subtle">
            Every change, newest first. Recorded commissions keep the rule as it was when they were made.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-3 overflow-y-auto">
          {isLoading ? (
            <LoadingRows rows={4} />
          ) : error ? (
            <ErrorState error={error} />
          ) : changes.length === 0 ? (
            <EmptyState title="No changes recorded" />
          ) : (
            <ol className="flex flex-col gap-y-3" data-testid="rule-history">
              {changes.map((change) => (
                <ChangeItem key={change.id} change={change} actor={change.actor ? actorText(change.actor, usersData?.users) : "System"} nameOf={nameOf} />
              ))}
            </ol>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Close
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const ChangeItem = ({ change, actor, nameOf }: { change: RuleChange; actor: string; nameOf?: NameOf }) => {
  const lines =
    change.action === "created"
      ? CREATED_FIELDS.filter((f) => change.after?.[f] !== null && change.after?.[f] !== undefined).map((f) => ({
          field: f,
          text: valueText(f, change.after?.[f], change.after, nameOf),
        }))
      : change.action === "updated"
        ? Object.keys({ ...(change.before ?? {}), ...(change.after ?? {}) })
            .filter((f) => f !== "updated_at" && !same(change.before?.[f], change.after?.[f]))
            .map((f) => ({
              field: f,
              text: `${valueText(f, change.before?.[f], change.before, nameOf)} → ${valueText(f, change.after?.[f], change.after, nameOf)}`,
            }))
        : []

  return (
    <li className="flex flex-col gap-y-2 rounded-lg border px-3 py-2">
      <div className="flex flex-wrap items-center gap-2">
        <Badge size="2xsmall" color={ACTION_COLORS[change.action] ?? "grey"}>
          {change.action.charAt(0).toUpperCase() + change.action.slice(1)}
        </Badge>
        <Text size="xsmall" className="text-ui-fg-muted">
          {actor} · {formatDateTime(change.created_at)}
        </Text>
      </div>
      {lines.length > 0 ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {lines.map((line) => (
            <div key={line.field} className="contents">
              <dt>
                <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
                  {FIELD_LABELS[line.field] ?? line.field}
                </Text>
              </dt>
              <dd className="txt-compact-xsmall text-ui-fg-base break-words">{line.text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {change.action === "archived" ? "Archived: it no longer pays new conversions." : "No field changed."}
        </Text>
      )}
    </li>
  )
}
