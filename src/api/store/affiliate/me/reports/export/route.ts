import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportCsv } from "../../../../../../domain/track/report-csv"
import { partnerReport } from "../helpers"

/** The partner's report as a CSV file: the same query, rows and fields as `GET /store/affiliate/me/reports`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const report = await partnerReport(req)
  const by = report.by.length ? report.by.join("-") : "totals"
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="affiliate-report-${report.from}-${report.to}-${by}.csv"`)
  res.send(reportCsv(report.by, report.rows))
}
