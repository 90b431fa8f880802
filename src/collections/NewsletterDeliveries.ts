import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { nobody } from '@/access/nobody'
import { NEWSLETTER_DELIVERY_STATUSES } from '@/lib/campaigns/options'

/**
 * One row per subscriber and issue, written when a send starts (the recipient list is frozen then,
 * in fixed batches) and marked sent when Resend accepts its batch. The unique pair is what makes a
 * resumed send reach nobody twice.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  labels: {
    singular: { en: 'Newsletter delivery', fr: 'Envoi de lettre', es: 'Envío del boletín', pt: 'Envio da newsletter' },
    plural: { en: 'Newsletter deliveries', fr: 'Envois de lettre', es: 'Envíos del boletín', pt: 'Envios da newsletter' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['issue', 'email', 'locale', 'status', 'sentAt'],
    group: { en: 'Communications', fr: 'Communication', es: 'Comunicación', pt: 'Comunicação' },
  },
  access: { read: hasRole('communications'), create: nobody, update: nobody, delete: nobody },
  indexes: [
    { fields: ['issue', 'subscriber'], unique: true },
    { fields: ['issue', 'batch', 'status'] },
  ],
  fields: [
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true, index: true },
    { name: 'email', type: 'email', required: true },
    { name: 'locale', type: 'text', required: true, maxLength: 5 },
    { name: 'batch', type: 'number', required: true },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', options: [...NEWSLETTER_DELIVERY_STATUSES] },
    { name: 'providerId', type: 'text' },
    { name: 'error', type: 'text' },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  timestamps: true,
}
