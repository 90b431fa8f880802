import type { Payload, PayloadRequest } from 'payload'

export type TrustLimits = { threadsPerDay: number; repliesPerDay: number; linksPerPost: number }

export type CommunityRules = {
  /** A new member's first posts wait in the review queue before anyone else sees them. */
  heldPosts: number
  /** Flags from this many different members hide a post until a moderator reviews it. */
  flagsToHide: number
  /** Daily limits and links per post, by trust level (index 0, 1, 2; level 3 has level 2's). */
  limits: [TrustLimits, TrustLimits, TrustLimits]
  level1AfterPosts: number
  level2AfterPosts: number
  level2AfterDays: number
}

export const COMMUNITY_DEFAULTS: CommunityRules = {
  heldPosts: 3,
  flagsToHide: 3,
  limits: [
    { threadsPerDay: 3, repliesPerDay: 10, linksPerPost: 2 },
    { threadsPerDay: 10, repliesPerDay: 50, linksPerPost: 10 },
    { threadsPerDay: 50, repliesPerDay: 200, linksPerPost: 50 },
  ],
  level1AfterPosts: 3,
  level2AfterPosts: 20,
  level2AfterDays: 30,
}

/** The rules as moderators set them in the admin (community settings), defaults where empty. */
export async function communityRules(payload: Payload, req?: PayloadRequest): Promise<CommunityRules> {
  const settings = await payload.findGlobal({ slug: 'community-settings', depth: 0, overrideAccess: true, req })
  const level = (value: Partial<TrustLimits> | null | undefined, fallback: TrustLimits): TrustLimits => ({
    threadsPerDay: value?.threadsPerDay ?? fallback.threadsPerDay,
    repliesPerDay: value?.repliesPerDay ?? fallback.repliesPerDay,
    linksPerPost: value?.linksPerPost ?? fallback.linksPerPost,
  })
  const d = COMMUNITY_DEFAULTS
  return {
    heldPosts: settings.heldPosts ?? d.heldPosts,
    flagsToHide: settings.flagsToHide ?? d.flagsToHide,
    limits: [level(settings.level0, d.limits[0]), level(settings.level1, d.limits[1]), level(settings.level2, d.limits[2])],
    level1AfterPosts: settings.level1AfterPosts ?? d.level1AfterPosts,
    level2AfterPosts: settings.level2AfterPosts ?? d.level2AfterPosts,
    level2AfterDays: settings.level2AfterDays ?? d.level2AfterDays,
  }
}

/** The limits that apply at a trust level. */
export const limitsFor = (rules: CommunityRules, trustLevel: number | null | undefined): TrustLimits =>
  rules.limits[Math.min(2, Math.max(0, trustLevel ?? 0))]

/** The level earned by activity; a level set by hand (3) or earned before is never lowered. */
export function earnedTrustLevel(rules: CommunityRules, current: number, publishedPosts: number, memberSince: Date, now = new Date()): number {
  const days = (now.getTime() - memberSince.getTime()) / 86_400_000
  const earned = publishedPosts >= rules.level2AfterPosts && days >= rules.level2AfterDays ? 2 : publishedPosts >= rules.level1AfterPosts ? 1 : 0
  return Math.max(current, earned)
}
