'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import { adminLanguage, type AdminLanguage } from '@/components/admin/language'
import { useAdminData } from '@/components/admin/useAdminData.client'
import type { Rubric } from '@/payload-types'

const texts: Record<AdminLanguage, { title: string; scale: string; weight: string; loading: string }> = {
  en: { title: 'Rubric', scale: 'Scale', weight: 'weight', loading: 'Loading the rubric…' },
  fr: { title: 'Grille d’évaluation', scale: 'Échelle', weight: 'poids', loading: 'Chargement de la grille…' },
  es: { title: 'Rúbrica', scale: 'Escala', weight: 'peso', loading: 'Cargando la rúbrica…' },
  pt: { title: 'Grelha de avaliação', scale: 'Escala', weight: 'peso', loading: 'A carregar a grelha…' },
}

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number | undefined))

/**
 * The rubric version of this evaluation, in the admin's language, to keep at hand while scoring:
 * each criterion's description and what each score means.
 */
export function RubricReference() {
  const { value } = useField<unknown>({ path: 'rubric' })
  const { i18n } = useTranslation()
  const language = adminLanguage(i18n.language)
  const t = texts[language]
  const rubricId = idOf(value)
  const rubric = useAdminData<Rubric>(rubricId ? `/api/rubrics/${rubricId}?locale=${language}&depth=0` : null, language)

  if (!rubricId) return null
  if (rubric.error) return <p role="alert">{rubric.error}</p>
  if (!rubric.data) return <p>{t.loading}</p>
  const { data } = rubric
  return (
    <details className="field-type" data-testid="rubric-reference" style={{ border: '1px solid var(--theme-elevation-150)', padding: '0.75rem 1rem' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>
        {t.title} v{data.version}: {data.title}
      </summary>
      {data.introduction ? <p>{data.introduction}</p> : null}
      <p>
        {t.scale}: {data.scaleMin}–{data.scaleMax}
      </p>
      {(data.criteria ?? []).map((criterion) => (
        <section key={criterion.key} aria-labelledby={`rubric-${criterion.key}`} style={{ marginTop: '1rem' }}>
          <h4 id={`rubric-${criterion.key}`} style={{ margin: '0 0 0.25rem' }}>
            {criterion.name} <small>({criterion.key}, {t.weight} {criterion.weight})</small>
          </h4>
          <p style={{ margin: '0 0 0.25rem' }}>{criterion.description}</p>
          {criterion.levels?.length ? (
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '0.75rem' }}>
              {[...criterion.levels]
                .sort((a, b) => a.score - b.score)
                .map((level) => (
                  <div key={level.id ?? level.score} style={{ display: 'contents' }}>
                    <dt style={{ fontWeight: 600 }}>{level.score}</dt>
                    <dd style={{ margin: 0 }}>{level.descriptor}</dd>
                  </div>
                ))}
            </dl>
          ) : null}
        </section>
      ))}
    </details>
  )
}
