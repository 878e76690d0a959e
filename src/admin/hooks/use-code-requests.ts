import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ListQuery, ListResponse } from "../lib/types"
import { affiliateKeys, voucherKeys } from "./query-keys"

export type CodeRequestStatus = "pending" | "approved" | "refused" | "withdrawn"
export type CodeRequestKind = "code" | "alias"

/** A partner's request for a code, as the operator's queue shows it. */
export type CodeRequest = {
  id: string
  affiliate_id: string
  program_id: string
  referral_id: string
  kind: CodeRequestKind
  voucher_id: string | null
  voucher_code_id: string | null
  code: string
  normalized_code: string
  status: CodeRequestStatus
  reason: string | null
  decided_by: string | null
  decided_at: string | null
  created_at: string
  affiliate: { id: string; name: string; email: string | null; status: string } | null
  referral: { id: string; name: string; slug: string; status: string } | null
  voucher: { id: string; code: string; status: string } | null
}

export type CodeRequestsQuery = ListQuery & { status?: CodeRequestStatus; program_id?: string; affiliate_id?: string }

type CodeRequestsResponse = ListResponse<"code_requests", CodeRequest>
type CodeRequestResponse = { code_request: CodeRequest }

const codeRequestKeys = {
  all: ["affiliate-code-requests"] as const,
  list: (query: object) => ["affiliate-code-requests", "list", query] as const,
}

export function useCodeRequests(query: CodeRequestsQuery) {
  return useQuery({
    queryKey: codeRequestKeys.list(query),
    queryFn: () => sdk.client.fetch<CodeRequestsResponse>("/admin/affiliate-code-requests", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Approving creates a voucher or an alias, so partner and voucher views refresh too. */
function useDecision<Body>(path: (id: string) => string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body }) =>
      sdk.client.fetch<CodeRequestResponse>(path(id), { method: "POST", body: body as object }),
    onSettled: () => {
      // A refused approval (code taken meanwhile) may still have changed the queue's picture.
      queryClient.invalidateQueries({ queryKey: codeRequestKeys.all })
      queryClient.invalidateQueries({ queryKey: voucherKeys.all })
      queryClient.invalidateQueries({ queryKey: affiliateKeys.all })
    },
  })
}

export const useApproveCodeRequest = () => useDecision<Record<string, never>>((id) => `/admin/affiliate-code-requests/${id}/approve`)

export const useRefuseCodeRequest = () => useDecision<{ reason: string }>((id) => `/admin/affiliate-code-requests/${id}/refuse`)
