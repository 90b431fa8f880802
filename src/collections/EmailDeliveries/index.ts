import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

/**
 * The outbox: every email is stored here before it is sent, and a job delivers it. The record holds
 * personal data (addresses, message bodies), so only admins may read it and only server code writes.
 */
export const EmailDeliveries: CollectionConfig = {
  slug: 'email-deliveries',
  labels: {
    singular: { en: 'Email delivery', fr: 'Envoi d’e-mail', es: 'Envío de correo', pt: 'Envio de e-mail' },
    plural: { en: 'Email deliveries', fr: 'Envois d’e-mails', es: 'Envíos de correo', pt: 'Envios de e-mail' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['to', 'subject', 'template', 'status', 'attempts', 'updatedAt'],
    group: { en: 'Administration', fr: 'Administration', es: 'Administración', pt: 'Administração' },
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'to', type: 'text', required: true, index: true },
    { name: 'cc', type: 'text' },
    { name: 'bcc', type: 'text' },
    { name: 'from', type: 'text', required: true },
    { name: 'replyTo', type: 'text' },
    { name: 'subject', type: 'text', required: true },
    { name: 'template', type: 'text', required: true, defaultValue: 'direct', index: true },
    { name: 'html', type: 'code', admin: { language: 'html' } },
    { name: 'text', type: 'textarea' },
    { name: 'headers', type: 'json', admin: { description: 'Extra headers sent with the message (e.g. List-Unsubscribe).' } },
    {
      name: 'attachments',
      type: 'json',
      admin: { description: 'Files sent with the message: [{ filename, contentType, content (base64) }].' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { label: 'Queued', value: 'queued' },
        { label: 'Sent', value: 'sent' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'providerId', type: 'text', admin: { description: 'The id the email provider gave this message.' } },
    { name: 'error', type: 'textarea', admin: { description: 'Why the last attempt failed.' } },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  timestamps: true,
}
