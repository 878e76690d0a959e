import type { ClickRow } from "./clicks"

type Pending = { row: ClickRow; resolve: (r: StoredClick) => void; reject: (e: unknown) => void }
export type StoredClick = { id: string; is_unique: boolean }

/**
 * Groups the clicks that arrive during one turn of the event loop into one
 * INSERT. Each caller is answered only after its batch is committed, so a
 * click that was answered is a click that was stored (nothing is buffered
 * past the answer, nothing is lost on a crash that the caller was told about).
 */
export class ClickWriter {
  private queue: Pending[] = []
  private scheduled = false

  constructor(
    private readonly insertBatch: (rows: ClickRow[]) => Promise<StoredClick[]>,
    private readonly maxBatch = 500
  ) {}

  write(row: ClickRow): Promise<StoredClick> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject })
      if (!this.scheduled) {
        this.scheduled = true
        setImmediate(() => this.flush())
      }
    })
  }

  private flush() {
    this.scheduled = false
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch)
      this.insertBatch(batch.map((p) => p.row)).then(
        (stored) => {
          const byId = new Map(stored.map((s) => [s.id, s]))
          for (const p of batch) {
            const s = byId.get(p.row.id)
            if (s) p.resolve(s)
            else p.reject(new Error(`click ${p.row.id} was not stored`))
          }
        },
        (error) => batch.forEach((p) => p.reject(error))
      )
    }
  }
}
