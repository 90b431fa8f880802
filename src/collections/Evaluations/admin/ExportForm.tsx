import type { ServerProps } from 'payload'

import { userHasRole } from '@/access/roles'
import { adminLanguage, type AdminLanguage } from '@/components/admin/language'

const texts: Record<AdminLanguage, { title: string; from: string; to: string; download: string; hint: string }> = {
  en: { title: 'Export evaluations (CSV)', from: 'Submitted from', to: 'to', download: 'Download CSV', hint: 'Every evaluation submitted in the period, both days included.' },
  fr: { title: 'Exporter les évaluations (CSV)', from: 'Remises du', to: 'au', download: 'Télécharger le CSV', hint: 'Toutes les évaluations remises pendant la période, bornes comprises.' },
  es: { title: 'Exportar evaluaciones (CSV)', from: 'Enviadas desde', to: 'hasta', download: 'Descargar CSV', hint: 'Todas las evaluaciones enviadas en el periodo, ambos días incluidos.' },
  pt: { title: 'Exportar avaliações (CSV)', from: 'Entregues de', to: 'a', download: 'Descarregar CSV', hint: 'Todas as avaliações entregues no período, ambos os dias incluídos.' },
}

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * Above the evaluations list, for editors: a plain GET form to the CSV export (it works without
 * JavaScript, and the browser downloads the file with the session cookie). Evaluators do not see it.
 */
export function ExportForm({ user, i18n }: ServerProps) {
  if (!userHasRole(user, 'admin', 'editor')) return null
  const t = texts[adminLanguage(i18n?.language)]
  const today = new Date()
  const startOfYear = new Date(Date.UTC(today.getUTCFullYear(), 0, 1))
  return (
    <form
      method="get"
      action="/api/evaluations/export.csv"
      data-testid="evaluations-export"
      aria-labelledby="evaluations-export-title"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end', marginBottom: '1.5rem' }}
    >
      <h3 id="evaluations-export-title" style={{ flexBasis: '100%', margin: 0 }}>
        {t.title}
      </h3>
      <div>
        <label htmlFor="evaluations-export-from" style={{ display: 'block' }}>
          {t.from}
        </label>
        <input id="evaluations-export-from" name="from" type="date" required defaultValue={day(startOfYear)} aria-describedby="evaluations-export-hint" />
      </div>
      <div>
        <label htmlFor="evaluations-export-to" style={{ display: 'block' }}>
          {t.to}
        </label>
        <input id="evaluations-export-to" name="to" type="date" required defaultValue={day(today)} />
      </div>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        {t.download}
      </button>
      <p id="evaluations-export-hint" style={{ flexBasis: '100%', margin: 0 }}>
        <small>{t.hint}</small>
      </p>
    </form>
  )
}
