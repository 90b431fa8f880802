import type { Block } from 'payload'

import { headingField } from '../shared'

export const PartnerLogosBlock: Block = {
  // A short slug: table and key names built from it must stay under PostgreSQL's 63 characters.
  slug: 'partners',
  interfaceName: 'PartnerLogosBlock',
  labels: { singular: 'Partner logos', plural: 'Partner logos' },
  fields: [
    headingField(),
    {
      name: 'logos',
      type: 'array',
      minRows: 1,
      maxRows: 24,
      required: true,
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120, admin: { description: 'The logo’s text alternative.' } },
        { name: 'logo', type: 'upload', relationTo: 'media', required: true },
        {
          name: 'url',
          type: 'text',
          maxLength: 500,
          validate: (value: string | null | undefined) => !value || /^https:\/\/[^\s]+$/.test(value) || 'Use an https:// address.',
        },
      ],
    },
  ],
}
