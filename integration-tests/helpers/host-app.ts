import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"

/**
 * Child processes for tests that drive a separate Medusa app (npm, the medusa
 * CLI, tsc): each runs in its own process group, so a timeout or a failed
 * assertion stops it with everything it started, and progress lines carry the
 * time so a slow CI log shows where the run is.
 */

const started = Date.now()

/** "[package-install 3:07] message" on stderr, at once (jest buffers console.log). */
export function progress(message: string) {
  const s = Math.round((Date.now() - started) / 1000)
  process.stderr.write(`[package-install ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}] ${message}\n`)
}

export function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`
}

/**
 * The environment for a child that must not act on this repository: npm run
 * scripts export npm_config_local_prefix (this repository) and friends, which a
 * child npm would honour. npm's cache and registry settings stay.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle)_/.test(key)) continue
    if (["npm_config_local_prefix", "npm_config_prefix", "npm_config_global_prefix", "INIT_CWD", "TEST_TYPE"].includes(key)) continue
    env[key] = value
  }
  return { ...env, ...extra }
}

const running = new Set<ChildProcess>()

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

// Jest's --forceExit ends the process without afterAll when a hook hangs: take the children along.
process.once("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL")
})

export type RunResult = { code: number | null; stdout: string; output: string; ms: number }

/** Runs a command to its end (or its timeout): its exit code, its stdout, and its stdout and stderr together. */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<RunResult> {
  const begin = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    running.add(child)
    let stdout = ""
    let output = ""
    child.stdout!.on("data", (chunk) => {
      stdout += chunk
      output += chunk
    })
    child.stderr!.on("data", (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      output += `\n(stopped after ${seconds(options.timeoutMs)}: timeout)`
      killGroup(child, "SIGKILL")
    }, options.timeoutMs)
    child.on("error", (error) => (output += `\n${error.message}`))
    child.on("close", (code) => {
      clearTimeout(timer)
      running.delete(child)
      resolve({ code, stdout, output, ms: Date.now() - begin })
    })
  })
}

/** The last lines of a command's output, for a failure message. */
export function tail(output: string, lines = 40) {
  return output.replace(/\u001b\[[0-9;]*m/g, "").trimEnd().split("\n").slice(-lines).join("\n")
}

/** Like run, but a non-zero exit throws with the command, its exit code and the end of its output. */
export async function runOk(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }) {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    throw new Error(`\`${[command, ...args].join(" ")}\` in ${options.cwd} exited with ${result.code} after ${seconds(result.ms)}:\n${tail(result.output)}`)
  }
  return result
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, () => {
      const port = (server.address() as net.AddressInfo).port
      server.close(() => resolve(port))
    })
  })
}

export type Server = { url: string; output: () => string; stop: () => Promise<void> }

/**
 * Starts a long-running command (a Medusa server) and resolves once GET
 * <url>/health answers 200; rejects with the end of its output when it exits
 * first or is not ready within timeoutMs. stop() ends its process group: TERM, then KILL.
 */
export async function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; port: number; timeoutMs: number }
): Promise<Server> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  running.add(child)
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()))
  const url = `http://localhost:${options.port}`
  const server: Server = {
    url,
    output: () => output,
    stop: async () => {
      killGroup(child, "SIGTERM")
      const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))])
      if (!stopped) {
        killGroup(child, "SIGKILL")
        await exited
      }
      running.delete(child)
    },
  }
  const deadline = Date.now() + options.timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child)
      throw new Error(`\`${[command, ...args].join(" ")}\` exited (${child.exitCode ?? child.signalCode}) before answering ${url}/health:\n${tail(output)}`)
    }
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (res) => res.status === 200,
      () => false
    )
    if (ok) return server
    await new Promise((r) => setTimeout(r, 500))
  }
  await server.stop()
  throw new Error(`${url}/health did not answer 200 within ${seconds(options.timeoutMs)}:\n${tail(output)}`)
}
