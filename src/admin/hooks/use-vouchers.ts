import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  ListQuery,
  ListResponse,
  Voucher,
  VoucherCreateInput,
} from "../lib/types"
import { affiliateKeys, voucherKeys } from "./query-keys"

type VouchersResponse = ListResponse<"vouchers", Voucher>
type VoucherResponse = { voucher: Voucher }

export function useVouchers(
  query: ListQuery & { referral_id?: string; affiliate_id?: string }
) {
  return useQuery({
    queryKey: voucherKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<VouchersResponse>("/admin/affiliate-vouchers", { query }),
    placeholderData: keepPreviousData,
  })
}

/**
 * Voucher mutations change what the affiliate detail shows (it embeds
 * referrals -> vouchers -> codes), so they refresh the affiliate too.
 */
function useInvalidateVouchers(affiliateId?: string) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: voucherKeys.all }),
      queryClient.invalidateQueries({
        queryKey: affiliateId ? affiliateKeys.detail(affiliateId) : affiliateKeys.details(),
      }),
    ])
}

export function useCreateVoucher(affiliateId?: string) {
  const invalidate = useInvalidateVouchers(affiliateId)
  return useMutation({
    mutationFn: (body: VoucherCreateInput) =>
      sdk.client.fetch<VoucherResponse>("/admin/affiliate-vouchers", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useUpdateVoucher(affiliateId?: string) {
  const invalidate = useInvalidateVouchers(affiliateId)
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string
      status?: "active" | "inactive"
      description?: string | null
    }) =>
      sdk.client.fetch<VoucherResponse>(`/admin/affiliate-vouchers/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useAddVoucherAlias(affiliateId?: string) {
  const invalidate = useInvalidateVouchers(affiliateId)
  return useMutation({
    mutationFn: ({ id, code }: { id: string; code: string }) =>
      sdk.client.fetch<VoucherResponse>(`/admin/affiliate-vouchers/${id}/aliases`, {
        method: "POST",
        body: { code },
      }),
    onSuccess: invalidate,
  })
}

export function useUpdateVoucherCode(affiliateId?: string) {
  const invalidate = useInvalidateVouchers(affiliateId)
  return useMutation({
    mutationFn: ({
      voucherId,
      codeId,
      status,
    }: {
      voucherId: string
      codeId: string
      status: "active" | "inactive"
    }) =>
      sdk.client.fetch<VoucherResponse>(
        `/admin/affiliate-vouchers/${voucherId}/codes/${codeId}`,
        { method: "POST", body: { status } }
      ),
    onSuccess: invalidate,
  })
}
