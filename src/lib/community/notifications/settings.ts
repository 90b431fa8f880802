import type { Payload } from 'payload'
import { z } from 'zod'

import type { Member } from '@/payload-types'

const settingsSchema = z.object({
  email: z.boolean(),
  cadence: z.enum(['immediate', 'daily']),
  autoFollowOwnThreads: z.boolean(),
})

export type NotificationSettings = z.infer<typeof settingsSchema>
export type SettingsOutcome = { status: 'saved' } | { status: 'invalid'; field: 'cadence' }

/** The settings form as sent: unticked boxes are absent, so absent means off. */
export const readSettingsForm = (form: FormData) => ({
  email: form.get('email') === 'on',
  cadence: form.get('cadence'),
  autoFollowOwnThreads: form.get('autoFollowOwnThreads') === 'on',
})

/** Saves a member's own notification settings (email on/off, default cadence, auto-follow). */
export async function saveNotificationSettings(payload: Payload, member: Pick<Member, 'id'>, input: unknown): Promise<SettingsOutcome> {
  const parsed = settingsSchema.safeParse(input)
  if (!parsed.success) return { status: 'invalid', field: 'cadence' }
  await payload.update({ collection: 'members', id: member.id, data: { notifications: parsed.data }, depth: 0, overrideAccess: true })
  return { status: 'saved' }
}
