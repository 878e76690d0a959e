import AffiliateModuleService from "../service"

/**
 * The service constructor says at start, through Medusa's logger, that
 * server and worker processes hash visitor IPs with different salts when
 * ipHashSalt is unset. No database: only the constructor runs.
 */
describe("affiliate module start without ipHashSalt", () => {
  const workerMode = process.env.MEDUSA_WORKER_MODE
  afterEach(() => {
    if (workerMode === undefined) delete process.env.MEDUSA_WORKER_MODE
    else process.env.MEDUSA_WORKER_MODE = workerMode
  })

  /** Like Medusa's module container: resolving an unregistered name throws. */
  function start(options: Record<string, unknown>) {
    const warnings: string[] = []
    const registered: Record<string, unknown> = { logger: { warn: (message: string) => warnings.push(message) }, baseRepository: {} }
    const container = new Proxy(registered, {
      get: (target, name) => {
        if (name in target) return target[name as string]
        throw new Error(`Could not resolve '${String(name)}'`)
      },
    })
    new (AffiliateModuleService as any)(container, options)
    return warnings
  }

  test.each([
    { mode: "worker", options: {}, warns: true },
    { mode: "server", options: {}, warns: true },
    { mode: "shared", options: {}, warns: false },
    { mode: "worker", options: { ipHashSalt: "0123456789abcdef0123" }, warns: false },
  ])("MEDUSA_WORKER_MODE=$mode with $options: warns $warns", ({ mode, options, warns }) => {
    process.env.MEDUSA_WORKER_MODE = mode
    const warnings = start(options)
    expect(warnings).toHaveLength(warns ? 1 : 0)
    if (warns) expect(warnings[0]).toMatch(/ipHashSalt is not set .*openssl rand -hex 32/)
  })
})
