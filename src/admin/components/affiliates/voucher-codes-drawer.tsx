import { Badge, Button, Input, Switch, Text, toast } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useAddVoucherAlias, useUpdateVoucherCode } from "../../hooks/use-vouchers"
import { withToast } from "../../lib/toast"
import type { Voucher, VoucherCode } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type VoucherCodesDrawerProps = {
  affiliateId: string
  voucher: Voucher | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * A voucher's primary code and aliases: switch single codes off, add aliases.
 * Codes are never deleted, since a retired code stays reserved.
 */
export const VoucherCodesDrawer = ({
  affiliateId,
  voucher,
  open,
  onOpenChange,
}: VoucherCodesDrawerProps) => {
  const addAlias = useAddVoucherAlias(affiliateId)
  const { form: alias, setForm: setAlias } = useDrawerForm(open, () => "")

  const submit = async () => {
    const code = alias.trim()
    if (!voucher || !code) {
      toast.error("Enter the alias code")
      return
    }
    await withToast(async () => {
      await addAlias.mutateAsync({ id: voucher.id, code })
      setAlias("")
      return `Alias ${code} added`
    })
  }

  const codes = [...(voucher?.codes ?? [])].sort((a, b) =>
    a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind === "primary" ? -1 : 1
  )

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={voucher ? `Codes for ${voucher.code}` : "Codes"}
      description="Every code a shopper can type for this voucher. Codes are case-insensitive and unique across all vouchers."
      isSubmitting={addAlias.isPending}
      onSubmit={submit}
      close={{ label: "Close", variant: "secondary" }}
    >
      <div className="flex flex-col divide-y rounded-lg border">
        {codes.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-4 py-3">
            No codes yet.
          </Text>
        ) : (
          codes.map((code) =>
            voucher ? (
              <CodeRow key={code.id} affiliateId={affiliateId} voucherId={voucher.id} code={code} />
            ) : null
          )
        )}
      </div>
      <FormField label="Add alias" htmlFor="voucher-alias" hint="Another code that credits the same referral, e.g. a podcast-specific spelling.">
        <div className="flex gap-x-2">
          <Input
            id="voucher-alias"
            value={alias}
            className="font-mono"
            placeholder="JANE10"
            onChange={(e) => setAlias(e.target.value)}
          />
          <Button size="small" variant="secondary" type="submit" isLoading={addAlias.isPending}>
            Add
          </Button>
        </div>
      </FormField>
    </FormDrawer>
  )
}

const CodeRow = ({
  affiliateId,
  voucherId,
  code,
}: {
  affiliateId: string
  voucherId: string
  code: VoucherCode
}) => {
  const { mutateAsync, isPending } = useUpdateVoucherCode(affiliateId)

  const toggle = async (checked: boolean) => {
    await withToast(async () => {
      await mutateAsync({ voucherId, codeId: code.id, status: checked ? "active" : "inactive" })
      return `${code.code} ${checked ? "activated" : "deactivated"}`
    })
  }

  return (
    <div className="flex items-center justify-between gap-x-4 px-4 py-3">
      <div className="flex items-center gap-x-2">
        <Text size="small" weight="plus" className="font-mono">
          {code.code}
        </Text>
        <Badge size="2xsmall" color={code.kind === "primary" ? "blue" : "grey"}>
          {code.kind === "primary" ? "Primary" : "Alias"}
        </Badge>
      </div>
      <Switch
        aria-label={`${code.code} active`}
        checked={code.status === "active"}
        disabled={isPending}
        onCheckedChange={toggle}
      />
    </div>
  )
}
