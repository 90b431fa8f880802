import type { NewsletterStrings } from './en'

export const newsletterEs: NewsletterStrings = {}
