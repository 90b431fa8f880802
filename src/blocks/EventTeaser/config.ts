import type { Block } from 'payload'

import { headingField } from '../shared'

export const EventTeaserBlock: Block = {
  // A short slug: table and key names built from it must stay under PostgreSQL's 63 characters.
  slug: 'event',
  interfaceName: 'EventTeaserBlock',
  labels: { singular: 'Event teaser', plural: 'Event teasers' },
  fields: [
    headingField(),
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'event-editions',
      admin: { description: 'Empty: the next published edition.' },
    },
    { name: 'text', type: 'textarea', maxLength: 400 },
  ],
}
