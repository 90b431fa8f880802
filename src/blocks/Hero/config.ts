import type { Block } from 'payload'

import { blockLinkField } from '../shared'

export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: 'Hero', plural: 'Heroes' },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 160 },
    { name: 'text', type: 'textarea', maxLength: 400 },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'Also the share image when the SEO image is empty.' } },
    { ...blockLinkField('link', false), label: 'Button' },
  ],
}
