import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  Invitation,
  InvitationCreateInput,
  InvitationState,
  ListQuery,
  ListResponse,
} from "../lib/types"
import { invitationKeys } from "./query-keys"

type InvitationsResponse = ListResponse<"invitations", Invitation>
type InvitationResponse = { invitation: Invitation }
/** The link is only returned once, at creation: the server keeps just a hash of the token. */
/** Whether the invitation email went out; without a provider the operator shares the link. */
export type InvitationDelivery = { sent: boolean; channel: string; problem: string | null }

export type InvitationCreateResponse = InvitationResponse & { invitation_url: string; email: InvitationDelivery }

export function useInvitations(query: ListQuery & { state?: InvitationState }) {
  return useQuery({
    queryKey: invitationKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<InvitationsResponse>("/admin/affiliate-invitations", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useCreateInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: InvitationCreateInput) =>
      sdk.client.fetch<InvitationCreateResponse>("/admin/affiliate-invitations", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  })
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<InvitationResponse>(`/admin/affiliate-invitations/${id}/revoke`, {
        method: "POST",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  })
}
