import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { staffDirectory } from '@/access/staffDirectory'
import { canAccessAdmin } from '@/access/canAccessAdmin'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { ROLES } from '@/access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

const FIFTEEN_MINUTES = 15 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'Staff member', fr: 'Membre de l’équipe', es: 'Miembro del equipo', pt: 'Membro da equipa' },
    plural: { en: 'Staff', fr: 'Équipe', es: 'Equipo', pt: 'Equipa' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: { en: 'Administration', fr: 'Administration', es: 'Administración', pt: 'Administração' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && !process.env.ALLOW_INSECURE_COOKIES,
    },
  },
  access: {
    admin: canAccessAdmin,
    create: isAdmin,
    read: staffDirectory,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role, value: role })),
      access: {
        // Only admins grant or withdraw roles, so nobody can raise their own.
        create: isAdminField,
        update: isAdminField,
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisation',
          type: 'text',
          maxLength: 200,
          admin: { description: 'Where this person works. An evaluator cannot evaluate practices led by her organisation or city.' },
        },
        { name: 'city', type: 'relationship', relationTo: 'cities' },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'en',
          options: [
            { value: 'en', label: 'English' },
            { value: 'fr', label: 'Français' },
            { value: 'es', label: 'Español' },
            { value: 'pt', label: 'Português' },
          ],
          admin: { description: 'The language of the emails this person receives.' },
        },
      ],
    },
  ],
  timestamps: true,
}
