import { Plus } from "@medusajs/icons"
import { Button, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerState } from "../../hooks/use-drawer-state"
import { useArchiveRule, useCommissionRules } from "../../hooks/use-pay"
import type { CommissionRule } from "../../lib/pay-types"
import { withToast } from "../../lib/toast"
import { FilterSelect } from "../common/filter-select"
import { type Column, StopRowClick } from "../common/paginated-table"
import { ACTIVE_INACTIVE_COLORS, StateBadge } from "../common/status-badges"
import { TableSection } from "../common/table-section"
import { RuleFormDrawer } from "./rule-form-drawer"
import { RuleHistoryDrawer } from "./rule-history-drawer"
import { RulePreviewDrawer } from "./rule-preview-drawer"
import { useRuleTargets } from "./rule-targets"
import { commissionText, datesText, EVENT_SHORT, tiersText, windowText } from "./rule-text"

type StatusFilter = "active" | "archived"

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
]

/**
 * A program's commission rules: what partners earn, for which conversions,
 * with tiers, windows and dates; create, edit, archive, see the history and
 * preview what a conversion would earn.
 */
export const CommissionRulesSection = ({ programId }: { programId: string }) => {
  const [status, setStatus] = useState<StatusFilter | undefined>("active")
  const { data, isLoading, error } = useCommissionRules({ program_id: programId, status, limit: 200, order: "-priority" })
  const targets = useRuleTargets(programId)
  // null means "create".
  const form = useDrawerState<CommissionRule | null>(null)
  const history = useDrawerState<CommissionRule | null>(null)
  const [previewOpen, setPreviewOpen] = useState(false)
  const archive = useArchiveRule()
  const prompt = usePrompt()

  const archiveRule = async (rule: CommissionRule) => {
    const confirmed = await prompt({
      title: `Archive "${rule.name}"?`,
      description:
        "It stops paying new conversions. Commissions it already paid keep their snapshot of it, and its history stays.",
      confirmText: "Archive",
      cancelText: "Cancel",
    })
    if (confirmed) {
      await withToast(async () => {
        await archive.mutateAsync(rule.id)
        return `Rule "${rule.name}" archived`
      })
    }
  }

  const columns: Column<CommissionRule>[] = [
    {
      key: "name",
      header: "Name",
      render: (r) => <span className="text-ui-fg-base font-medium">{r.name}</span>,
    },
    { key: "target", header: "Applies to", render: (r) => targets.targetText(r) },
    { key: "event", header: "Pays for", render: (r) => EVENT_SHORT[r.event] ?? r.event },
    { key: "commission", header: "Commission", render: (r) => <span className="whitespace-nowrap">{commissionText(r)}</span> },
    {
      key: "tiers",
      header: "Tiers",
      render: (r) => (
        <Text size="small" className="text-ui-fg-subtle max-w-[260px] whitespace-normal">
          {tiersText(r.tiers, r.type)}
        </Text>
      ),
    },
    { key: "window", header: "Window", render: (r) => windowText(r.window_days) },
    { key: "priority", header: "Priority", className: "text-right", render: (r) => r.priority },
    { key: "dates", header: "Dates", render: (r) => <span className="whitespace-nowrap">{datesText(r)}</span> },
    { key: "status", header: "Status", render: (r) => <StateBadge value={r.status} colors={ACTIVE_INACTIVE_COLORS} /> },
    {
      key: "actions",
      header: "",
      className: "text-right",
      render: (r) => (
        <StopRowClick>
          <Button size="small" variant="transparent" onClick={() => history.show(r)}>
            History
          </Button>
          {r.status === "active" && (
            <Button size="small" variant="transparent" onClick={() => archiveRule(r)}>
              Archive
            </Button>
          )}
        </StopRowClick>
      ),
    },
  ]

  return (
    <TableSection
      title="Commission rules"
      description="The most specific active rule pays: referral, partner, site, then program; then the higher priority, then the newest."
      action={{ label: "Create rule", icon: <Plus />, onClick: () => form.show(null) }}
      toolbar={
        <>
          <FilterSelect
            placeholder="Rule status"
            allLabel="All rules"
            value={status}
            options={STATUS_OPTIONS}
            onChange={setStatus}
          />
          <div className="ml-auto">
            <Button size="small" variant="secondary" onClick={() => setPreviewOpen(true)}>
              Preview commission
            </Button>
          </div>
        </>
      }
      columns={columns}
      rows={data?.commission_rules}
      rowKey={(r) => r.id}
      isLoading={isLoading}
      error={error}
      // Archived rules are read-only: their history tells what they were.
      onRowClick={(r) => (r.status === "active" ? form.show(r) : history.show(r))}
      filtered={status !== "active"}
      empty={{
        title: "No commission rules yet",
        description: "Without a rule, conversions earn nothing. Create a program-wide rule first, e.g. 10 % of every order.",
      }}
      emptyFiltered={{ title: "No rules match", description: "Try another status." }}
    >
      <RuleFormDrawer programId={programId} rule={form.value} open={form.open} onOpenChange={form.onOpenChange} />
      <RuleHistoryDrawer rule={history.value} nameOf={targets.nameOf} open={history.open} onOpenChange={history.onOpenChange} />
      <RulePreviewDrawer programId={programId} open={previewOpen} onOpenChange={setPreviewOpen} />
    </TableSection>
  )
}
