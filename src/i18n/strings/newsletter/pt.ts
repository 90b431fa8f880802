import type { NewsletterStrings } from './en'

export const newsletterPt: NewsletterStrings = {}
