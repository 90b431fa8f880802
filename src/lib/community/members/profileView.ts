import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { MEMBER_LANGUAGES, MEMBER_ROLES } from '@/lib/community/options'
import type { Member } from '@/payload-types'
import type { Viewer } from '@/lib/community/session'
import { postPath } from './postLinks'

/** A member's profile as another signed-in member sees it: name and badge always, the rest as she allows. */
export type MemberProfileView = {
  id: number
  name: string
  verifiedOfficial: boolean
  memberSince: string
  organisation: string | null
  role: string | null
  location: string | null
  languages: string[] | null
  themes: string[] | null
  bio: string | null
  photo: { url: string; alt: string } | null
  threads: Array<{ id: number; title: string; path: string; createdAt: string }>
}

const shown = (member: Member, key: keyof NonNullable<Member['privacy']>) => member.privacy?.[key] !== false

const nameOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' ? value.name : null

/** Builds the privacy-filtered view from a member read at depth 1 (pure: what is hidden never leaves here). */
export function toMemberProfileView(member: Member, locale: Locale, threads: MemberProfileView['threads']): MemberProfileView {
  const location = [nameOf(member.city), nameOf(member.country)].filter(Boolean).join(', ')
  const photo = typeof member.photo === 'object' && member.photo?.url ? { url: member.photo.url, alt: member.name } : null
  return {
    id: member.id,
    name: member.name,
    verifiedOfficial: Boolean(member.moderation?.verifiedOfficial),
    memberSince: member.createdAt,
    organisation: shown(member, 'showOrganisation') ? member.organisation || null : null,
    role: shown(member, 'showRole') && member.role ? MEMBER_ROLES[member.role][locale] : null,
    location: shown(member, 'showLocation') ? location || null : null,
    languages: shown(member, 'showLanguages') && member.languages?.length ? member.languages.map((code) => MEMBER_LANGUAGES[code][locale]) : null,
    themes: shown(member, 'showThemes') && member.themes?.length ? member.themes.map(nameOf).filter((name): name is string => name !== null) : null,
    bio: shown(member, 'showBio') ? member.bio || null : null,
    photo: shown(member, 'showPhoto') ? photo : null,
    threads,
  }
}

export type MemberProfileOutcome = { status: 'signInRequired' } | { status: 'notFound' } | { status: 'found'; profile: MemberProfileView; own: boolean }

/**
 * A member's profile for the members page: only for a signed-in member or a moderator. An unknown id
 * or an account not yet verified is not found.
 */
export async function getMemberProfile(payload: Payload, viewer: Viewer, id: number, locale: Locale): Promise<MemberProfileOutcome> {
  if (!viewer.member && !viewer.moderator) return { status: 'signInRequired' }
  const profile = await loadMemberProfile(payload, id, locale)
  if (!profile) return { status: 'notFound' }
  return { status: 'found', profile, own: viewer.member?.id === profile.id }
}

async function loadMemberProfile(payload: Payload, id: number, locale: Locale): Promise<MemberProfileView | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ id: { equals: id } }, { _verified: { equals: true } }] },
    limit: 1,
    depth: 1,
    locale,
    overrideAccess: true,
  })
  const member = docs[0]
  if (!member) return null
  const threads = await payload.find({
    collection: 'community-posts',
    where: { and: [{ author: { equals: id } }, { listed: { equals: true } }, { thread: { exists: false } }] },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    overrideAccess: false,
    select: { title: true, thread: true, createdAt: true },
  })
  return toMemberProfileView(
    member,
    locale,
    threads.docs.map((post) => ({ id: post.id, title: post.title ?? '', path: postPath(locale, post), createdAt: post.createdAt })),
  )
}
