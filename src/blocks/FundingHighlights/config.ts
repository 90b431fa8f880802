import type { Block } from 'payload'

import { headingField, limitField, savedQueryField } from '../shared'

export const FundingHighlightsBlock: Block = {
  slug: 'fundingHighlights',
  interfaceName: 'FundingHighlightsBlock',
  labels: { singular: 'Funding highlights', plural: 'Funding highlights' },
  fields: [
    headingField(),
    {
      name: 'mode',
      type: 'radio',
      required: true,
      defaultValue: 'query',
      options: [
        { label: 'Hand-picked', value: 'manual' },
        { label: 'A saved search (open actions, closing soonest first)', value: 'query' },
      ],
    },
    {
      name: 'actions',
      type: 'relationship',
      relationTo: 'funding-actions',
      hasMany: true,
      maxRows: 12,
      admin: { condition: (_, sibling) => sibling?.mode === 'manual', description: 'Only published actions are shown.' },
    },
    savedQueryField('query', '/funding'),
    limitField(3, 12),
  ],
}
