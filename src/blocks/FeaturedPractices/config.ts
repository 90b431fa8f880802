import type { Block } from 'payload'

import { headingField, limitField, savedQueryField } from '../shared'

export const FeaturedPracticesBlock: Block = {
  slug: 'featuredPractices',
  interfaceName: 'FeaturedPracticesBlock',
  labels: { singular: 'Featured practices', plural: 'Featured practices' },
  fields: [
    headingField(),
    {
      name: 'mode',
      type: 'radio',
      required: true,
      defaultValue: 'manual',
      options: [
        { label: 'Hand-picked', value: 'manual' },
        { label: 'A saved search', value: 'query' },
      ],
    },
    {
      name: 'practices',
      type: 'relationship',
      relationTo: 'practices',
      hasMany: true,
      maxRows: 12,
      admin: { condition: (_, sibling) => sibling?.mode !== 'query', description: 'Only published practices are shown.' },
    },
    savedQueryField('query', '/practices'),
    limitField(6, 12),
  ],
}
