import { z } from 'zod'

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))

const environment = z.object({
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATABASE_POOL_MAX: z.coerce.number().int().min(5).max(100).default(10),
  PAYLOAD_SECRET: optionalText.pipe(z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional()),
  SERVER_URL: optionalText.pipe(z.url().optional()),
  EMAIL_FROM_ADDRESS: z.email().default('no-reply@gkec.localhost'),
  EMAIL_FROM_NAME: z.string().default('GKEC — Global Knowledge Exchange Centre'),
  S3_BUCKET: optionalText,
  S3_ENDPOINT: optionalText,
  S3_REGION: z.string().default('auto'),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: z.stringbool().default(true),
})

export type RuntimeConfig = ReturnType<typeof runtimeConfig>

/** The app's configuration, read from the environment once and checked, with defaults for local use. */
export function runtimeConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = environment.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`The environment is not valid: ${problems}. See the table of variables in README.md.`)
  }
  const values = parsed.data
  const isBuild = env.NEXT_PHASE === 'phase-production-build'
  const payloadSecret = values.PAYLOAD_SECRET ?? (isBuild ? 'build-time-only-secret-never-served' : undefined)
  if (!payloadSecret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. `npm run dev` and `npm start` set one for the embedded database; a deployment must set its own (32+ random characters).',
    )
  }
  const s3 =
    values.S3_BUCKET && values.S3_ACCESS_KEY_ID && values.S3_SECRET_ACCESS_KEY
      ? {
          bucket: values.S3_BUCKET,
          endpoint: values.S3_ENDPOINT,
          region: values.S3_REGION,
          accessKeyId: values.S3_ACCESS_KEY_ID,
          secretAccessKey: values.S3_SECRET_ACCESS_KEY,
          forcePathStyle: values.S3_FORCE_PATH_STYLE,
        }
      : undefined
  return {
    databaseURL: values.DATABASE_URL,
    databasePoolMax: values.DATABASE_POOL_MAX,
    payloadSecret,
    serverURL: values.SERVER_URL ?? '',
    emailFromAddress: values.EMAIL_FROM_ADDRESS,
    emailFromName: values.EMAIL_FROM_NAME,
    s3,
  }
}
