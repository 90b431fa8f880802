import type { Block } from 'payload'

import { blockLinkField } from '../shared'

/** A call to action; on campaign pages its clicks are counted (without cookies). */
export const CtaBlock: Block = {
  slug: 'cta',
  interfaceName: 'CtaBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120 },
    { name: 'text', type: 'textarea', maxLength: 400 },
    blockLinkField(),
  ],
}
