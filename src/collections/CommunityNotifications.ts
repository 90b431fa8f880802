import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { NOTIFICATION_CADENCES, NOTIFICATION_KINDS } from '@/lib/community/options'
import { localizedOptions } from '@/lib/geography/regions'

/**
 * What a member is to be told about a post: written by the fan-out job, emailed at once or gathered
 * into the daily digest; `sentAt` makes each one go out once whatever the retries.
 */
export const CommunityNotifications: CollectionConfig = {
  slug: 'community-notifications',
  labels: {
    singular: { en: 'Community notification', fr: 'Notification de la communauté', es: 'Notificación de la comunidad', pt: 'Notificação da comunidade' },
    plural: { en: 'Community notifications', fr: 'Notifications de la communauté', es: 'Notificaciones de la comunidad', pt: 'Notificações da comunidade' },
  },
  admin: { group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' }, hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['member', 'post', 'kind'], unique: true }],
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'post', type: 'relationship', relationTo: 'community-posts', required: true },
    { name: 'kind', type: 'select', required: true, options: localizedOptions(NOTIFICATION_KINDS) },
    { name: 'cadence', type: 'select', required: true, options: localizedOptions(NOTIFICATION_CADENCES) },
    { name: 'sentAt', type: 'date', index: true },
  ],
}
