import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ListQuery, ListResponse, Referral, ReferralCreateInput } from "../lib/types"
import { affiliateKeys, referralKeys } from "./query-keys"

type ReferralsResponse = ListResponse<"referrals", Referral>
type ReferralResponse = { referral: Referral }

export function useReferrals(
  query: ListQuery & { affiliate_id?: string; site_id?: string }
) {
  return useQuery({
    queryKey: referralKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ReferralsResponse>("/admin/affiliate-referrals", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useCreateReferral() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ReferralCreateInput) =>
      sdk.client.fetch<ReferralResponse>("/admin/affiliate-referrals", {
        method: "POST",
        body,
      }),
    // The affiliate comes from the request: the response need not carry it.
    onSuccess: (_data, variables) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.all }),
        queryClient.invalidateQueries({
          queryKey: affiliateKeys.detail(variables.affiliate_id),
        }),
      ]),
  })
}

export function useUpdateReferral() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<Omit<ReferralCreateInput, "affiliate_id">> & {
      id: string
      status?: "active" | "archived"
    }) =>
      sdk.client.fetch<ReferralResponse>(`/admin/affiliate-referrals/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.all }),
        queryClient.invalidateQueries({ queryKey: affiliateKeys.details() }),
      ]),
  })
}
