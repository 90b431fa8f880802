import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { NOTIFICATION_CADENCES } from '@/lib/community/options'
import { localizedOptions } from '@/lib/geography/regions'

/** A member follows a thread or a space, and hears of new posts immediately or in a daily digest. */
export const CommunityFollows: CollectionConfig = {
  slug: 'community-follows',
  labels: {
    singular: { en: 'Follow', fr: 'Abonnement', es: 'Seguimiento', pt: 'Seguimento' },
    plural: { en: 'Follows', fr: 'Abonnements', es: 'Seguimientos', pt: 'Seguimentos' },
  },
  admin: { group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' }, hidden: true },
  access: {
    read: ({ req }) => (req.user?.collection === 'members' ? { member: { equals: req.user.id } } : false),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [
    { fields: ['member', 'thread'], unique: true },
    { fields: ['member', 'space'], unique: true },
  ],
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'thread', type: 'relationship', relationTo: 'community-posts', index: true },
    { name: 'space', type: 'relationship', relationTo: 'community-spaces', index: true },
    { name: 'cadence', type: 'select', required: true, defaultValue: 'immediate', options: localizedOptions(NOTIFICATION_CADENCES) },
  ],
}
