import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect } from "react"
import type { SetupReport } from "../../domain/recruit/setup-checks"
import { sdk } from "../lib/sdk"
import type { Affiliate, Invitation } from "../lib/types"
import type { InvitationDelivery } from "./use-invitations"
import { affiliateKeys, invitationKeys, setupKeys } from "./query-keys"

/**
 * What a program still needs before it can pay anyone (GET /admin/affiliate-setup).
 * Live: read again whenever the window regains focus (the operator comes back
 * from their config or storefront) and after any change made in the admin.
 */
export function useSetupReport(programId?: string) {
  useRefreshSetupAfterChanges()
  return useQuery({
    queryKey: setupKeys.report(programId),
    queryFn: () =>
      sdk.client.fetch<SetupReport>("/admin/affiliate-setup", { query: programId ? { program_id: programId } : {} }),
    staleTime: 0,
    refetchOnMount: "always",
    // The dashboard turns focus refetches off for every query; the setup guide wants them.
    refetchOnWindowFocus: "always",
  })
}

/**
 * Any successful change in the admin (a site, a rule, a partner, an
 * authorization, from this page's fix buttons or elsewhere) may settle a
 * check: refresh the setup reports. The fix drawers keep their own hooks.
 */
function useRefreshSetupAfterChanges() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === "updated" && event.action.type === "success") {
          void queryClient.invalidateQueries({ queryKey: setupKeys.all })
        }
      }),
    [queryClient]
  )
}

export type InviteExternalPartnerInput = { name: string; email: string; program_id?: string; message?: string }

/** Linked to the storefront account with that email, or invited to sign up (see POST /admin/affiliates/invite-external). */
export type InviteExternalPartnerResponse =
  | { action: "linked"; affiliate: Affiliate }
  | { action: "invited"; invitation: Invitation; invitation_url: string; email: InvitationDelivery }

export function useInviteExternalPartner() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: InviteExternalPartnerInput) =>
      sdk.client.fetch<InviteExternalPartnerResponse>("/admin/affiliates/invite-external", { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: affiliateKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
      ]),
  })
}
