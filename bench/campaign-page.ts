/**
 * A campaign landing page served from cache, against a running production server (`npm run build &&
 * npm start`, or the e2e server) whose database holds a published campaign (the demo seed has one):
 * latency of sequential requests (p50/p95/max, after a warm-up that fills the page cache) and
 * throughput with concurrent clients (requests per second, p50/p95/max), per language — one with
 * its own layout and one falling back to English. The view pixel is not requested: it is the
 * metrics route's cost, not the page's.
 *
 *   BENCH_URL=http://127.0.0.1:3000 node --import tsx/esm bench/campaign-page.ts
 *   (BENCH_CAMPAIGN=<slug>, else the first campaign listed at /en/campaigns; BENCH_LOCALES=en,fr,
 *    BENCH_RUNS=100 sequential requests, BENCH_CONCURRENCY=16 clients for BENCH_SECONDS=10)
 */
import { cpus, loadavg } from 'node:os'

import { summary } from './support/stats'

const base = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const locales = (process.env.BENCH_LOCALES ?? 'en,fr').split(',').filter(Boolean)
const runs = Number(process.env.BENCH_RUNS ?? 100)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16)
const seconds = Number(process.env.BENCH_SECONDS ?? 10)

async function campaignSlug(): Promise<string> {
  if (process.env.BENCH_CAMPAIGN) return process.env.BENCH_CAMPAIGN
  const html = await (await fetch(`${base}/en/campaigns`)).text()
  const slug = /href="\/en\/campaigns\/([a-z0-9-]+)"/.exec(html)?.[1]
  if (!slug) throw new Error(`No campaign is listed at ${base}/en/campaigns: publish one (the demo seed does) or set BENCH_CAMPAIGN.`)
  return slug
}

async function timedGet(url: string): Promise<{ ms: number; status: number; bytes: number; cache: string }> {
  const started = performance.now()
  const response = await fetch(url)
  const body = await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength, cache: response.headers.get('x-nextjs-cache') ?? '' }
}

async function sequential(url: string): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const result = await timedGet(url)
    if (result.status !== 200) throw new Error(`${url} answered ${result.status}`)
    times.push(result.ms)
  }
  return times
}

async function concurrent(url: string): Promise<{ times: number[]; failures: number; elapsed: number }> {
  const times: number[] = []
  let failures = 0
  const started = performance.now()
  const until = started + seconds * 1000
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const result = await timedGet(url)
        if (result.status === 200) times.push(result.ms)
        else failures++
      }
    }),
  )
  return { times, failures, elapsed: (performance.now() - started) / 1000 }
}

const slug = await campaignSlug()
console.log(`GKEC campaign page "${slug}" at ${base} — ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}`)
console.log(`sequential: ${runs} requests after a warm-up; concurrent: ${concurrency} clients for ${seconds} s`)
console.log('path'.padEnd(40), 'KB'.padStart(6), ' cache', '  seq p50     p95     max', '   req/s', '  conc p50     p95     max', ' failed')
for (const locale of locales) {
  const url = `${base}/${locale}/campaigns/${slug}`
  const warm = await timedGet(url)
  if (warm.status !== 200) throw new Error(`${url} answered ${warm.status}`)
  const cache = (await timedGet(url)).cache || '-'
  const seq = await sequential(url)
  const conc = await concurrent(url)
  console.log(
    `/${locale}/campaigns/${slug}`.padEnd(40),
    (warm.bytes / 1024).toFixed(1).padStart(6),
    cache.padStart(6),
    summary(seq),
    (conc.times.length / conc.elapsed).toFixed(0).padStart(8),
    conc.times.length ? summary(conc.times) : '       -',
    String(conc.failures).padStart(7),
  )
}
