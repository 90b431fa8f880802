import type { ServerProps } from 'payload'

import { userHasRole } from '@/access/roles'
import { adminLanguage, type AdminLanguage } from '@/components/admin/language'
import { consensusQueue, revalidationQueue } from './revalidation'

const texts: Record<AdminLanguage, { title: string; consensus: string; revalidation: string }> = {
  en: { title: 'Editors’ queues', consensus: 'Needs an editor’s decision', revalidation: 'Re-validation due' },
  fr: { title: 'À traiter par les éditeurs', consensus: 'Décision d’un éditeur requise', revalidation: 'Revalidation à prévoir' },
  es: { title: 'Pendientes editoriales', consensus: 'Requiere decisión editorial', revalidation: 'Revalidación pendiente' },
  pt: { title: 'Pendentes editoriais', consensus: 'Requer decisão editorial', revalidation: 'Revalidação pendente' },
}

/**
 * Above the evaluation results list, for editors: the results waiting for their decision, and the
 * labels expiring within the notice period (or expired), each as a filtered list with its count.
 */
export async function RevalidationLinks({ payload, user, i18n }: ServerProps) {
  if (!user || !userHasRole(user, 'admin', 'editor')) return null
  const t = texts[adminLanguage(i18n?.language)]
  const consensus = await consensusQueue(payload, user)
  const revalidation = await revalidationQueue(payload, user)
  return (
    <nav aria-label={t.title} data-testid="scorecard-queues" style={{ marginBottom: '1.5rem' }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', listStyle: 'none', padding: 0, margin: 0 }}>
        <li>
          <a href={consensus.href} data-testid="queue-consensus">
            {t.consensus} ({consensus.count})
          </a>
        </li>
        <li>
          <a href={revalidation.href} data-testid="queue-revalidation">
            {t.revalidation} ({revalidation.count})
          </a>
        </li>
      </ul>
    </nav>
  )
}
