import type { NewsletterStrings } from './en'

export const newsletterFr: NewsletterStrings = {}
