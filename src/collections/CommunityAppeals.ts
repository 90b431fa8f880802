import type { CollectionConfig } from 'payload'

import { moderators } from '@/access/moderators'
import { nobody } from '@/access/nobody'
import { appealEndpoints } from '@/lib/community/moderation/endpoints'
import { APPEAL_STATUSES } from '@/lib/community/options'
import { localizedOptions } from '@/lib/geography/regions'

/**
 * An appeal against one moderation action (a removed or hidden post, a sanction): once per action
 * (the database refuses a second), by the member concerned, decided by a moderator other than the
 * one who acted (assigned when the appeal is made; the service refuses the original moderator).
 */
export const CommunityAppeals: CollectionConfig = {
  slug: 'community-appeals',
  labels: {
    singular: { en: 'Appeal', fr: 'Recours', es: 'Recurso', pt: 'Recurso' },
    plural: { en: 'Appeals', fr: 'Recours', es: 'Recursos', pt: 'Recursos' },
  },
  admin: {
    defaultColumns: ['action', 'status', 'assignedTo', 'createdAt'],
    group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' },
  },
  endpoints: appealEndpoints,
  access: { read: moderators, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'action', type: 'relationship', relationTo: 'moderation-actions', required: true, unique: true },
    { name: 'appellant', type: 'relationship', relationTo: 'members', index: true },
    { name: 'text', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'status', type: 'select', required: true, defaultValue: 'open', index: true, options: localizedOptions(APPEAL_STATUSES) },
    { name: 'assignedTo', type: 'relationship', relationTo: 'users', index: true, admin: { description: 'A moderator other than the one who acted.' } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users' },
    { name: 'decisionNote', type: 'textarea', maxLength: 2000 },
    { name: 'decidedAt', type: 'date' },
  ],
}
