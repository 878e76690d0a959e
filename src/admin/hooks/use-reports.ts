import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ListResponse } from "../lib/types"
import type {
  Attribution,
  AttributionListQuery,
  ReportQuery,
  ReportResponse,
} from "../lib/report-types"

/** Keys for the Track stage's read-only data (the same shape as query-keys.ts). */
export const reportKeys = {
  all: ["affiliate-reports"] as const,
  report: (query: ReportQuery) => ["affiliate-reports", "report", query] as const,
}
export const attributionKeys = {
  all: ["affiliate-attributions"] as const,
  list: (query: AttributionListQuery) => ["affiliate-attributions", "list", query] as const,
  detail: (id: string) => ["affiliate-attributions", "detail", id] as const,
}

type AttributionsResponse = ListResponse<"attributions", Attribution>

/** Figures for one breakdown (`by`) of the period; off while `enabled` is false (say, a half-typed time zone). */
export function useAffiliateReport(query: ReportQuery, enabled = true) {
  return useQuery({
    queryKey: reportKeys.report(query),
    queryFn: () => sdk.client.fetch<ReportResponse>("/admin/affiliate-reports", { query }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useAttributions(query: AttributionListQuery) {
  return useQuery({
    queryKey: attributionKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AttributionsResponse>("/admin/affiliate-attributions", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useAttribution(id: string | undefined) {
  return useQuery({
    queryKey: attributionKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ attribution: Attribution }>(`/admin/affiliate-attributions/${id}`),
    enabled: !!id,
  })
}
