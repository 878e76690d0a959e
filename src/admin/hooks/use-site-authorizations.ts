import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { SiteAuthorization } from "../lib/types"
import { affiliateKeys } from "./query-keys"

type SiteAuthorizationResponse = { site_authorization: SiteAuthorization }

// Authorizations are read through the affiliate detail, so that is what to refresh.

export function useCreateSiteAuthorization(affiliateId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: {
      site_id: string
      status?: "approved" | "requested"
      note?: string
    }) =>
      sdk.client.fetch<SiteAuthorizationResponse>(
        `/admin/affiliates/${affiliateId}/site-authorizations`,
        { method: "POST", body }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: affiliateKeys.detail(affiliateId) }),
  })
}

export function useUpdateSiteAuthorization(affiliateId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string
      status: "approved" | "revoked"
      note?: string
    }) =>
      sdk.client.fetch<SiteAuthorizationResponse>(
        `/admin/affiliate-site-authorizations/${id}`,
        { method: "POST", body }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: affiliateKeys.detail(affiliateId) }),
  })
}
