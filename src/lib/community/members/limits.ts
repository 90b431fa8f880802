import type { Payload } from 'payload'

import { hitRateLimit, rateLimitKey, type RateLimitRule } from '@/lib/security/rateLimit'

const HOUR = 60 * 60
const DAY = 24 * HOUR

/** How often one address (IP) or one email address may try each account action. */
export const MEMBER_LIMITS = {
  signUpPerIp: { limit: 10, windowSeconds: HOUR },
  signUpPerEmail: { limit: 3, windowSeconds: DAY },
  signInPerIp: { limit: 30, windowSeconds: 15 * 60 },
  /** Payload's own `POST /api/members/login`, counted apart from the portal's form. */
  apiSignInPerIp: { limit: 30, windowSeconds: 15 * 60 },
  apiSignInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  resetPerIp: { limit: 10, windowSeconds: HOUR },
  resetPerEmail: { limit: 3, windowSeconds: HOUR },
  resendPerIp: { limit: 10, windowSeconds: HOUR },
  resendPerEmail: { limit: 3, windowSeconds: HOUR },
} as const

export type MemberLimit = keyof typeof MEMBER_LIMITS

export const memberRule = (limit: MemberLimit, value: string): RateLimitRule => ({ key: rateLimitKey(`members:${limit}`, value), ...MEMBER_LIMITS[limit] })

/** Counts a hit against each rule in turn; the first one over its limit answers. */
export async function checkLimits(payload: Payload, rules: RateLimitRule[]): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  for (const rule of rules) {
    const result = await hitRateLimit(payload, rule)
    if (!result.allowed) return { allowed: false, retryAfterSeconds: result.retryAfterSeconds }
  }
  return { allowed: true }
}

export const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60))
