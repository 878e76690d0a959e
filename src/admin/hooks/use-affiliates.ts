import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  Affiliate,
  AffiliateCreateInput,
  AffiliateKind,
  AffiliateStatus,
  AffiliateStatusChange,
  AffiliateUpdateInput,
  ListQuery,
  ListResponse,
} from "../lib/types"
import { affiliateKeys } from "./query-keys"

type AffiliatesResponse = ListResponse<"affiliates", Affiliate>
type AffiliateResponse = { affiliate: Affiliate }
type StatusHistoryResponse = { status_changes: AffiliateStatusChange[]; count: number }

export type AffiliateListQuery = ListQuery & {
  status?: AffiliateStatus
  kind?: AffiliateKind
  program_id?: string
}

export function useAffiliates(query: AffiliateListQuery) {
  return useQuery({
    queryKey: affiliateKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AffiliatesResponse>("/admin/affiliates", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useAffiliate(id: string | undefined) {
  return useQuery({
    queryKey: affiliateKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<AffiliateResponse>(`/admin/affiliates/${id}`),
    enabled: !!id,
  })
}

export function useAffiliateStatusHistory(id: string | undefined) {
  return useQuery({
    queryKey: affiliateKeys.statusHistory(id ?? ""),
    queryFn: () =>
      // The whole history fits one page (the API's maximum); a partner rarely changes status.
      sdk.client.fetch<StatusHistoryResponse>(`/admin/affiliates/${id}/status-history`, {
        query: { limit: 200, order: "-created_at" },
      }),
    enabled: !!id,
  })
}

export function useCreateAffiliate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AffiliateCreateInput) =>
      sdk.client.fetch<AffiliateResponse>("/admin/affiliates", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: affiliateKeys.lists() }),
  })
}

/** Refreshes everything that shows the affiliate after a change to it. */
function useInvalidateAffiliate(id: string) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: affiliateKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: affiliateKeys.statusHistory(id) }),
      queryClient.invalidateQueries({ queryKey: affiliateKeys.lists() }),
    ])
}

export function useUpdateAffiliate(id: string) {
  const invalidate = useInvalidateAffiliate(id)
  return useMutation({
    mutationFn: (body: AffiliateUpdateInput) =>
      sdk.client.fetch<AffiliateResponse>(`/admin/affiliates/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useChangeAffiliateStatus(id: string) {
  const invalidate = useInvalidateAffiliate(id)
  return useMutation({
    mutationFn: (body: { status: AffiliateStatus; reason?: string }) =>
      sdk.client.fetch<AffiliateResponse>(`/admin/affiliates/${id}/status`, {
        method: "POST",
        body,
      }),
    // A 409 means someone else moved the status first: refresh either way.
    onSettled: invalidate,
  })
}

export function useVerifyAffiliate(id: string) {
  const invalidate = useInvalidateAffiliate(id)
  return useMutation({
    mutationFn: (body: { note?: string } = {}) =>
      sdk.client.fetch<AffiliateResponse>(`/admin/affiliates/${id}/verify`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}
