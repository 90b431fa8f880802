/**
 * Public page speed and weight against a running production server (`npm run build && npm start`,
 * or the e2e server): server time per page (p50/p95 over sequential requests, warm cache) and the
 * compressed JavaScript each page loads (an empty Next.js App Router page loads about 130 KB;
 * the target is at most 30 KB of our own beyond it). BENCH_VERBOSE=1 lists every script.
 *
 *   BENCH_URL=http://127.0.0.1:3000 node --import tsx/esm bench/public-pages.ts
 */
import { gzipSync } from 'node:zlib'

const base = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const paths = (process.env.BENCH_PATHS ?? '/en,/fr,/en/about,/api/health').split(',')
const runs = Number(process.env.BENCH_RUNS ?? 50)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function timePage(path: string): Promise<{ p50: number; p95: number; status: number; cacheControl: string }> {
  const first = await fetch(base + path)
  await first.arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const response = await fetch(base + path)
    await response.arrayBuffer()
    times.push(performance.now() - started)
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), status: first.status, cacheControl: first.headers.get('cache-control') ?? '' }
}

/** Every script a page loads in a current browser, gzipped as a CDN would serve it. */
async function scriptWeight(path: string): Promise<{ total: number; files: Array<{ src: string; gz: number }> }> {
  const html = await (await fetch(base + path)).text()
  // noModule scripts (polyfills) are skipped by every browser that runs modules, so they are not counted.
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((match) => !/nomodule/i.test(match[1]))
    .map((match) => /src="([^"]+)"/.exec(match[1])?.[1])
    .filter((src): src is string => Boolean(src))
  const files = await Promise.all(
    sources.map(async (src) => ({ src, gz: gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length })),
  )
  return { total: files.reduce((sum, file) => sum + file.gz, 0), files }
}

console.log(`GKEC public pages at ${base} — ${runs} sequential requests each after one warm-up`)
console.log('path'.padEnd(16), 'status', 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), '  JS gzipped', '  cache-control')
for (const path of paths) {
  const timing = await timePage(path)
  const js = path.startsWith('/api/') ? null : await scriptWeight(path)
  console.log(
    path.padEnd(16),
    String(timing.status).padEnd(6),
    timing.p50.toFixed(1).padStart(8),
    timing.p95.toFixed(1).padStart(8),
    js ? `  ${(js.total / 1024).toFixed(1)} KB in ${js.files.length} files` : '  -',
    ` ${timing.cacheControl}`,
  )
  if (js && process.env.BENCH_VERBOSE) for (const file of js.files) console.log(`    ${(file.gz / 1024).toFixed(1).padStart(6)} KB  ${file.src}`)
}
