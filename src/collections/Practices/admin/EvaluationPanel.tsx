'use client'

import { FieldLabel, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { userHasRole } from '@/access/roles'
import { adminLanguage } from '@/components/admin/language'
import { EditorEvaluationPanel } from '@/components/admin/practiceEvaluation/EditorEvaluationPanel.client'
import { EvaluatorNote } from '@/components/admin/practiceEvaluation/EvaluatorNote.client'
import { panelTexts } from '@/components/admin/practiceEvaluation/texts'
import type { User } from '@/payload-types'

/**
 * The practice's evaluation in its sidebar: editors assign evaluators, follow, withdraw or reopen
 * their evaluations and decide when evaluators disagree; an evaluator only sees that she evaluates it.
 */
export function EvaluationPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const language = adminLanguage(i18n.language)
  const t = panelTexts[language]

  if (!user) return null
  const editor = userHasRole(user, 'admin', 'editor')
  if (!editor) {
    return id && userHasRole(user, 'evaluator') ? <EvaluatorNote practiceId={id} userId={user.id} language={language} /> : null
  }
  return (
    <div className="field-type" data-testid="evaluation-panel">
      <FieldLabel label={t.title} />
      {id ? <EditorEvaluationPanel practiceId={id} language={language} /> : <p>{t.saveFirst}</p>}
    </div>
  )
}
