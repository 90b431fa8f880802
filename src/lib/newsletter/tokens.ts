import { signedIdTokens } from '@/lib/security/signedId'

export { CONFIRM_TOKEN_LIFETIME_MS, hashConfirmToken, isConfirmTokenShape, newConfirmToken } from '@/lib/funding/alerts/tokens'

const subscriberTokens = signedIdTokens({ keyName: 'newsletter-links', kind: 'subscriber' })

/** The token of a subscriber's preference and unsubscribe links: her id and a signature, no account needed. */
export const signSubscriberToken = (subscriberId: number): string => subscriberTokens.sign(subscriberId)

/** The subscriber a token names, or null when it is not one we signed. */
export const verifySubscriberToken = (token: string | null | undefined): number | null => subscriberTokens.verify(token)
