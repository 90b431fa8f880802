import type { Block } from 'payload'

import { headingField } from '../shared'

/** The newsletter sign-up form; sign-ups through it are counted for the campaign. */
export const NewsletterSignupBlock: Block = {
  slug: 'newsletterSignup',
  interfaceName: 'NewsletterSignupBlock',
  labels: { singular: 'Newsletter sign-up', plural: 'Newsletter sign-ups' },
  fields: [
    headingField(),
    { name: 'text', type: 'textarea', maxLength: 400 },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      admin: { description: 'Interests ticked in advance (the visitor can change them).' },
    },
  ],
}
