import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { closePayload, getTestPayload } from '../support/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const drizzleKit = () => (payload.db as unknown as { requireDrizzleKit: () => DrizzleKit }).requireDrizzleKit()

describe('schema migrations', () => {
  it('the latest committed migration snapshot matches the collections and globals in the config', async () => {
    const dir = path.resolve('migrations')
    const latest = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const committed = JSON.parse(readFileSync(path.join(dir, latest as string), 'utf8'))
    const { generateDrizzleJson, generateMigration } = drizzleKit()
    const current = await generateDrizzleJson(payload.db.schema)
    const missing = await generateMigration(committed, current)
    // A non-empty list means: run `npm run payload -- migrate:create <name>` and commit the result.
    expect(missing).toEqual([])
  })

  it('the migrations build every table the config declares on a fresh database', async () => {
    const { rows } = await payload.db.pool.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    )
    const built = new Set(rows.map((row) => row.table_name))
    const declared = Object.keys(payload.db.tables).map((key) => payload.db.tables[key] as unknown)
    const names = declared.map((table) => (table as { [key: symbol]: string })[Symbol.for('drizzle:Name')])
    expect(names.length).toBeGreaterThan(10)
    expect(names.filter((name) => !built.has(name))).toEqual([])
  })

  it('every migration file is listed in migrations/index.ts, so production applies it', async () => {
    const { migrations } = await import('../../migrations')
    const files = readdirSync(path.resolve('migrations'))
      .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
    expect(migrations.map((migration) => migration.name).sort()).toEqual(files)
  })
})
