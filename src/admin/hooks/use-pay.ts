import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ListResponse } from "../lib/types"
import type {
  AdjustmentInput,
  Commission,
  CommissionDetailResponse,
  CommissionListQuery,
  CommissionListResponse,
  CommissionRule,
  PayoutDetailResponse,
  PayoutListQuery,
  PayoutRunInput,
  PayoutRunResponse,
  PreviewInput,
  PreviewResponse,
  RuleChange,
  RuleInput,
  RuleListQuery,
  Payout,
  SettlePayoutInput,
} from "../lib/pay-types"

/** Keys for the Pay stage (the same shape as query-keys.ts). */
export const commissionKeys = {
  all: ["affiliate-commissions"] as const,
  list: (query: CommissionListQuery) => ["affiliate-commissions", "list", query] as const,
  detail: (id: string) => ["affiliate-commissions", "detail", id] as const,
}
export const payoutKeys = {
  all: ["affiliate-payouts"] as const,
  list: (query: PayoutListQuery) => ["affiliate-payouts", "list", query] as const,
  detail: (id: string) => ["affiliate-payouts", "detail", id] as const,
}
export const ruleKeys = {
  all: ["affiliate-commission-rules"] as const,
  list: (query: RuleListQuery) => ["affiliate-commission-rules", "list", query] as const,
  changes: (id: string) => ["affiliate-commission-rules", "changes", id] as const,
}

type PayoutsResponse = ListResponse<"payouts", Payout>
type RulesResponse = ListResponse<"commission_rules", CommissionRule>
type RuleResponse = { commission_rule: CommissionRule }

/**
 * The ledger and the payouts move together (a payout run takes approved
 * commissions, settling it pays or releases them), so a change to either
 * refreshes both.
 */
function useInvalidateLedger() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: commissionKeys.all }),
      queryClient.invalidateQueries({ queryKey: payoutKeys.all }),
    ])
}

// Commissions (the ledger)

export function useCommissions(query: CommissionListQuery, enabled = true) {
  return useQuery({
    queryKey: commissionKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<CommissionListResponse>("/admin/affiliate-commissions", { query }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useCommission(id: string | undefined) {
  return useQuery({
    queryKey: commissionKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<CommissionDetailResponse>(`/admin/affiliate-commissions/${id}`),
    enabled: !!id,
  })
}

export function useCreateAdjustment() {
  const invalidate = useInvalidateLedger()
  return useMutation({
    mutationFn: (body: AdjustmentInput) =>
      sdk.client.fetch<{ commission: Commission }>("/admin/affiliate-commissions/adjustments", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

/** What the scheduled job does, now: approves pending entries whose hold has passed. */
export function useApproveDueCommissions() {
  const invalidate = useInvalidateLedger()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ approved: number }>("/admin/affiliate-commissions/approve-due", {
        method: "POST",
        body: {},
      }),
    onSuccess: invalidate,
  })
}

// Payouts

export function usePayouts(query: PayoutListQuery) {
  return useQuery({
    queryKey: payoutKeys.list(query),
    queryFn: () => sdk.client.fetch<PayoutsResponse>("/admin/affiliate-payouts", { query }),
    placeholderData: keepPreviousData,
  })
}

export function usePayout(id: string | undefined) {
  return useQuery({
    queryKey: payoutKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<PayoutDetailResponse>(`/admin/affiliate-payouts/${id}`),
    enabled: !!id,
  })
}

export function useCreatePayoutRun() {
  const invalidate = useInvalidateLedger()
  return useMutation({
    mutationFn: (body: PayoutRunInput) =>
      sdk.client.fetch<PayoutRunResponse>("/admin/affiliate-payouts", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useSettlePayout(id: string) {
  const invalidate = useInvalidateLedger()
  return useMutation({
    mutationFn: (body: SettlePayoutInput) =>
      sdk.client.fetch<{ payout: Payout }>(`/admin/affiliate-payouts/${id}/status`, {
        method: "POST",
        body,
      }),
    // A 409 means the payout moved on elsewhere: show where it is now either way.
    onSettled: invalidate,
  })
}

// Commission rules

export function useCommissionRules(query: RuleListQuery, enabled = true) {
  return useQuery({
    queryKey: ruleKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<RulesResponse>("/admin/affiliate-commission-rules", { query }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useRuleChanges(id: string | undefined) {
  return useQuery({
    queryKey: ruleKeys.changes(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ changes: RuleChange[] }>(`/admin/affiliate-commission-rules/${id}/changes`),
    enabled: !!id,
  })
}

export function useCreateRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RuleInput) =>
      sdk.client.fetch<RuleResponse>("/admin/affiliate-commission-rules", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  })
}

export function useUpdateRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<RuleInput> & { id: string }) =>
      sdk.client.fetch<RuleResponse>(`/admin/affiliate-commission-rules/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  })
}

/** Archives a rule; commissions it paid keep their snapshot of it. */
export function useArchiveRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; archived: true }>(`/admin/affiliate-commission-rules/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  })
}

/** What a conversion would earn; nothing is stored. */
export function usePreviewRule() {
  return useMutation({
    mutationFn: (body: PreviewInput) =>
      sdk.client.fetch<PreviewResponse>("/admin/affiliate-commission-rules/preview", {
        method: "POST",
        body,
      }),
  })
}

// CSV exports

/**
 * The address of a CSV export with these filters. A plain link: the browser
 * downloads it with the admin session cookie, streamed by the server.
 */
export function exportHref(path: string, filters: Record<string, string | undefined>): string {
  const base = String(import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) {
    if (value) {
      params.set(key, value)
    }
  }
  const search = params.toString()
  return `${base}${path}${search ? `?${search}` : ""}`
}
