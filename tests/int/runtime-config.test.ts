import { runtimeConfig } from '@/lib/runtimeConfig'

const base = { PAYLOAD_SECRET: 'a-secret-of-at-least-16-chars', NODE_ENV: 'test' } as NodeJS.ProcessEnv

describe('configuration from the environment', () => {
  it('has working defaults for a local run', () => {
    const config = runtimeConfig(base)
    expect(config).toMatchObject({ databasePoolMax: 10, serverURL: '', s3: undefined })
    expect(config.emailFromAddress).toMatch(/@/)
  })

  it('refuses to start without a secret, saying how to fix it', () => {
    expect(() => runtimeConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('names every invalid variable', () => {
    expect(() =>
      runtimeConfig({ ...base, DATABASE_URL: 'mysql://x', DATABASE_POOL_MAX: '2', EMAIL_FROM_ADDRESS: 'nope' }),
    ).toThrow(/DATABASE_URL.*DATABASE_POOL_MAX.*EMAIL_FROM_ADDRESS/)
  })

  it('switches media to S3-compatible storage only when bucket and keys are all set', () => {
    expect(runtimeConfig({ ...base, S3_BUCKET: 'media' }).s3).toBeUndefined()
    expect(
      runtimeConfig({ ...base, S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'key', S3_ENDPOINT: 'https://s3.example' }).s3,
    ).toMatchObject({ bucket: 'media', endpoint: 'https://s3.example', forcePathStyle: true })
  })
})
