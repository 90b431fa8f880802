import type { Block } from 'payload'

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Quote', plural: 'Quotes' },
  fields: [
    { name: 'quote', type: 'textarea', required: true, maxLength: 600 },
    { name: 'author', type: 'text', required: true, maxLength: 120 },
    { name: 'role', type: 'text', maxLength: 160, admin: { description: 'e.g. Mayor of Valencia' } },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
