import { rateLimitKey, type RateLimitRule } from '@/lib/security/rateLimit'

/** How many sign-ups one IP address (per hour) and one email address (per day) may make. */
export const SIGNUP_LIMITS = { perIpPerHour: 10, perEmailPerDay: 5 } as const

export const signupIpRule = (ip: string): RateLimitRule => ({ key: rateLimitKey('newsletter:ip', ip), limit: SIGNUP_LIMITS.perIpPerHour, windowSeconds: 60 * 60 })

/** Counts every confirmation email an address is sent, from the form or from its preference page. */
export const signupEmailRule = (email: string): RateLimitRule => ({
  key: rateLimitKey('newsletter:email', email),
  limit: SIGNUP_LIMITS.perEmailPerDay,
  windowSeconds: 24 * 60 * 60,
})
