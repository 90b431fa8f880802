import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { publishedRubrics } from '@/access/publishedRubrics'
import { lockPublishedRubric } from './hooks/lockPublishedRubric'
import { nextVersion } from './hooks/nextVersion'
import { oneCurrentRubric, refuseDeletingUsedRubric } from './hooks/oneCurrentRubric'

export const RUBRIC_STATUSES = ['draft', 'current', 'retired'] as const

/**
 * The evaluation rubric, one document per version. A draft can be edited freely; once a version is
 * made current its criteria, weights, levels and scale are fixed (only wording and translations can
 * still be corrected), so no evaluation made under it ever changes meaning. Making a version current
 * retires the previous one; new assignments use the current version.
 */
export const Rubrics: CollectionConfig = {
  slug: 'rubrics',
  labels: {
    singular: { en: 'Rubric version', fr: 'Version de la grille', es: 'Versión de la rúbrica', pt: 'Versão da grelha' },
    plural: { en: 'Rubric', fr: 'Grille d’évaluation', es: 'Rúbrica', pt: 'Grelha de avaliação' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['version', 'title', 'status', 'publishedAt'],
    group: { en: 'Evaluation', fr: 'Évaluation', es: 'Evaluación', pt: 'Avaliação' },
  },
  defaultSort: '-version',
  access: {
    read: publishedRubrics,
    create: hasRole('editor'),
    update: hasRole('editor'),
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [lockPublishedRubric],
    afterChange: [oneCurrentRubric],
    beforeDelete: [refuseDeletingUsedRubric],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'version',
          type: 'number',
          required: true,
          unique: true,
          min: 1,
          admin: { width: '20%', description: 'To change a rubric in force, duplicate it: the copy is the next version, a draft.' },
          hooks: { beforeDuplicate: [nextVersion] },
        },
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          hooks: { beforeDuplicate: [() => 'draft'] },
          options: [
            { value: 'draft', label: { en: 'Draft', fr: 'Brouillon', es: 'Borrador', pt: 'Rascunho' } },
            { value: 'current', label: { en: 'Current', fr: 'En vigueur', es: 'Vigente', pt: 'Em vigor' } },
            { value: 'retired', label: { en: 'Retired', fr: 'Retirée', es: 'Retirada', pt: 'Retirada' } },
          ],
        },
        { name: 'publishedAt', type: 'date', admin: { readOnly: true }, hooks: { beforeDuplicate: [() => null] } },
        { name: 'scaleMin', type: 'number', required: true, defaultValue: 0, min: 0, max: 10 },
        { name: 'scaleMax', type: 'number', required: true, defaultValue: 4, min: 1, max: 10 },
      ],
    },
    { name: 'introduction', type: 'textarea', localized: true, maxLength: 2000 },
    {
      name: 'criteria',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 20,
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              required: true,
              maxLength: 60,
              validate: (value: unknown) =>
                typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value) ? true : 'Use lower-case letters, digits and hyphens.',
            },
            { name: 'name', type: 'text', required: true, localized: true, maxLength: 160 },
            { name: 'weight', type: 'number', required: true, min: 0.1, max: 100, defaultValue: 1 },
          ],
        },
        { name: 'description', type: 'textarea', required: true, localized: true, maxLength: 2000 },
        {
          name: 'levels',
          type: 'array',
          label: { en: 'Level descriptors', fr: 'Descripteurs de niveau', es: 'Descriptores de nivel', pt: 'Descritores de nível' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'score', type: 'number', required: true, min: 0, max: 10, admin: { width: '15%' } },
                { name: 'descriptor', type: 'textarea', required: true, localized: true, maxLength: 600 },
              ],
            },
          ],
        },
      ],
    },
  ],
  timestamps: true,
}
