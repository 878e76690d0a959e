import { presentPartnerCodeRequest } from "../presenters"

const row = {
  id: "affcreq_1",
  affiliate_id: "aff_1",
  program_id: "affprog_1",
  referral_id: "affref_1",
  kind: "code",
  voucher_id: null,
  voucher_code_id: null,
  code: "anna 10",
  normalized_code: "ANNA10",
  status: "pending",
  reason: null,
  decided_by: null,
  decided_at: null,
  metadata: { note: "operator only" },
  created_at: "2026-12-06T10:00:00.000Z",
  updated_at: "2026-12-06T10:00:00.000Z",
  deleted_at: null,
}

describe("presentPartnerCodeRequest", () => {
  it("shows what the partner asked and where it stands, nothing of the operator's", () => {
    expect(presentPartnerCodeRequest(row)).toEqual({
      id: "affcreq_1", referral_id: "affref_1", kind: "code", voucher_id: null, code: "anna 10",
      status: "pending", reason: null, decided_at: null, created_at: "2026-12-06T10:00:00.000Z",
    })
  })

  it("shows the operator's reason once refused, never who refused", () => {
    const refused = presentPartnerCodeRequest({ ...row, status: "refused", reason: "Too close to our brand.", decided_by: "user_1", decided_at: "2026-12-07T09:00:00.000Z" })
    expect(refused).toMatchObject({ status: "refused", reason: "Too close to our brand.", decided_at: "2026-12-07T09:00:00.000Z" })
    expect(Object.keys(refused)).not.toContain("decided_by")
  })

  it("keeps a reason left on a request that was not refused to itself", () => {
    expect(presentPartnerCodeRequest({ ...row, status: "approved", reason: "internal remark", voucher_id: "affvch_1" })).toMatchObject({ reason: null, voucher_id: "affvch_1" })
  })
})
