import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Member } from '@/payload-types'
import { type AccountValues, PRIVACY_KEYS, type PrivacyValues } from './formState'
import { postLabel, postPath } from './postLinks'
import { relationId } from './relations'

export type Sanction = { kind: 'silenced' | 'suspended'; until: string; reason: string | null }

export type AccountView = {
  id: number
  email: string
  name: string
  trustLevel: number
  verifiedOfficial: boolean
  sanctions: Sanction[]
  pending: { count: number; posts: Array<{ label: string; path: string; createdAt: string }> }
  photo: { url: string; alt: string } | null
  /** The form's starting values (country as its code). */
  values: AccountValues
}

const privacyOf = (member: Member): PrivacyValues =>
  Object.fromEntries(PRIVACY_KEYS.map((key) => [key, member.privacy?.[key] !== false])) as PrivacyValues

/** Sanctions still in force, soonest first. */
export function sanctionsInForce(member: Pick<Member, 'moderation'>, now = Date.now()): Sanction[] {
  const moderation = member.moderation ?? {}
  const reason = moderation.sanctionReason ?? null
  const sanctions: Sanction[] = []
  if (moderation.suspendedUntil && Date.parse(moderation.suspendedUntil) > now) sanctions.push({ kind: 'suspended', until: moderation.suspendedUntil, reason })
  if (moderation.silencedUntil && Date.parse(moderation.silencedUntil) > now) sanctions.push({ kind: 'silenced', until: moderation.silencedUntil, reason })
  return sanctions
}

/** What the account page shows a member about herself. */
export async function getAccountView(payload: Payload, memberId: number, locale: Locale, now = Date.now()): Promise<AccountView | null> {
  const member = await payload.findByID({ collection: 'members', id: memberId, depth: 1, locale, overrideAccess: true, disableErrors: true })
  if (!member) return null
  const pending = await payload.find({
    collection: 'community-posts',
    where: { and: [{ author: { equals: memberId } }, { state: { equals: 'pending' } }] },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    overrideAccess: true,
    select: { title: true, body: true, thread: true, createdAt: true },
  })
  const country = typeof member.country === 'object' && member.country ? member.country.code : ''
  const photo = typeof member.photo === 'object' && member.photo?.url ? { url: member.photo.url, alt: member.photo.alt ?? member.name } : null
  return {
    id: member.id,
    email: member.email,
    name: member.name,
    trustLevel: member.moderation?.trustLevel ?? 0,
    verifiedOfficial: Boolean(member.moderation?.verifiedOfficial),
    sanctions: sanctionsInForce(member, now),
    pending: {
      count: pending.totalDocs,
      posts: pending.docs.map((post) => ({ label: postLabel(post), path: postPath(locale, post), createdAt: post.createdAt })),
    },
    photo,
    values: {
      name: member.name,
      organisation: member.organisation ?? '',
      role: member.role ?? '',
      country,
      city: String(relationId(member.city) ?? ''),
      languages: member.languages ?? [],
      themes: (member.themes ?? []).map((theme) => String(relationId(theme))),
      bio: member.bio ?? '',
      locale: member.locale,
      privacy: privacyOf(member),
    },
  }
}
