export const newsletterEn = {}

export type NewsletterStrings = typeof newsletterEn
