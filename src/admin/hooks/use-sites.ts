import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ListQuery, ListResponse, Site, SiteInput } from "../lib/types"
import { affiliateKeys, siteKeys } from "./query-keys"

type SitesResponse = ListResponse<"sites", Site>
type SiteResponse = { site: Site }

export function useSites(query: ListQuery & { program_id?: string } = { limit: 100 }) {
  return useQuery({
    queryKey: siteKeys.list(query),
    queryFn: () => sdk.client.fetch<SitesResponse>("/admin/affiliate-sites", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useSite(id: string | undefined) {
  return useQuery({
    queryKey: siteKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<SiteResponse>(`/admin/affiliate-sites/${id}`),
    enabled: !!id,
  })
}

export function useCreateSite() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SiteInput) =>
      sdk.client.fetch<SiteResponse>("/admin/affiliate-sites", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteKeys.all }),
  })
}

export function useUpdateSite() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<SiteInput> & { id: string }) =>
      sdk.client.fetch<SiteResponse>(`/admin/affiliate-sites/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: siteKeys.all })
      // Affiliate details embed their authorized sites.
      queryClient.invalidateQueries({ queryKey: affiliateKeys.details() })
    },
  })
}
