import type { PayloadRequest } from 'payload'

import type { OutboxMessage } from '@/email/outboxAdapter'
import { isLocale, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { composeEmail, type EmailPart } from '@/lib/submissions/emailLayout'
import { fill } from '@/lib/submissions/fill'
import type { User } from '@/payload-types'

type Texts = {
  greeting: string
  signature: string
  footer: string
  open: string
  assigned: { subject: string; body: string }
  reminder: { subject: string; body: string }
  reopened: { subject: string; body: string }
  declined: { subject: string; body: string }
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    greeting: 'Hello {{name}},',
    signature: 'The GKEC editorial team',
    footer: 'You receive this email because you are an evaluator or editor of the GKEC (Global Knowledge Exchange Centre).',
    open: 'Open the evaluation',
    assigned: {
      subject: 'Evaluation assigned: {{title}}',
      body: 'You have been asked to evaluate the practice “{{title}}” against rubric version {{version}}, by {{due}}. Until you submit, you will not see the other evaluations of this practice. If you are connected to it, declare the conflict in the evaluation.',
    },
    reminder: { subject: 'Reminder: evaluation of “{{title}}” due {{due}}', body: 'Your evaluation of the practice “{{title}}” is due on {{due}}. It is not submitted yet.' },
    reopened: { subject: 'Evaluation reopened: {{title}}', body: 'An editor reopened your evaluation of “{{title}}”. Their reason:' },
    declined: { subject: 'Conflict of interest declared: {{title}}', body: '{{evaluator}} declared a conflict of interest and cannot evaluate “{{title}}”. Please assign another evaluator. Their declaration:' },
  },
  fr: {
    greeting: 'Bonjour {{name}},',
    signature: 'L’équipe éditoriale du GKEC',
    footer: 'Vous recevez ce courriel parce que vous êtes évaluateur ou éditeur du GKEC (Global Knowledge Exchange Centre).',
    open: 'Ouvrir l’évaluation',
    assigned: {
      subject: 'Évaluation attribuée : {{title}}',
      body: 'Il vous est demandé d’évaluer la pratique « {{title}} » selon la version {{version}} de la grille, d’ici le {{due}}. Tant que vous n’avez pas remis la vôtre, vous ne verrez pas les autres évaluations de cette pratique. Si vous avez un lien avec elle, déclarez le conflit dans l’évaluation.',
    },
    reminder: { subject: 'Rappel : évaluation de « {{title}} » attendue le {{due}}', body: 'Votre évaluation de la pratique « {{title}} » est attendue le {{due}}. Elle n’est pas encore remise.' },
    reopened: { subject: 'Évaluation rouverte : {{title}}', body: 'Un éditeur a rouvert votre évaluation de « {{title}} ». Son motif :' },
    declined: { subject: 'Conflit d’intérêts déclaré : {{title}}', body: '{{evaluator}} a déclaré un conflit d’intérêts et ne peut pas évaluer « {{title}} ». Désignez une autre personne. Sa déclaration :' },
  },
  es: {
    greeting: 'Hola, {{name}}:',
    signature: 'El equipo editorial del GKEC',
    footer: 'Recibe este correo porque es evaluador o editor del GKEC (Global Knowledge Exchange Centre).',
    open: 'Abrir la evaluación',
    assigned: {
      subject: 'Evaluación asignada: {{title}}',
      body: 'Se le ha pedido evaluar la práctica «{{title}}» con la versión {{version}} de la rúbrica, antes del {{due}}. Hasta que envíe la suya, no verá las demás evaluaciones de esta práctica. Si tiene relación con ella, declare el conflicto en la evaluación.',
    },
    reminder: { subject: 'Recordatorio: evaluación de «{{title}}» para el {{due}}', body: 'Su evaluación de la práctica «{{title}}» vence el {{due}}. Aún no se ha enviado.' },
    reopened: { subject: 'Evaluación reabierta: {{title}}', body: 'Un editor ha reabierto su evaluación de «{{title}}». Su motivo:' },
    declined: { subject: 'Conflicto de intereses declarado: {{title}}', body: '{{evaluator}} ha declarado un conflicto de intereses y no puede evaluar «{{title}}». Asigne a otra persona. Su declaración:' },
  },
  pt: {
    greeting: 'Olá {{name}},',
    signature: 'A equipa editorial do GKEC',
    footer: 'Recebe este email porque é avaliador ou editor do GKEC (Global Knowledge Exchange Centre).',
    open: 'Abrir a avaliação',
    assigned: {
      subject: 'Avaliação atribuída: {{title}}',
      body: 'Foi-lhe pedido que avalie a prática «{{title}}» segundo a versão {{version}} da grelha, até {{due}}. Enquanto não entregar a sua, não verá as outras avaliações desta prática. Se tiver ligação a ela, declare o conflito na avaliação.',
    },
    reminder: { subject: 'Lembrete: avaliação de «{{title}}» até {{due}}', body: 'A sua avaliação da prática «{{title}}» termina a {{due}}. Ainda não foi entregue.' },
    reopened: { subject: 'Avaliação reaberta: {{title}}', body: 'Um editor reabriu a sua avaliação de «{{title}}». O motivo:' },
    declined: { subject: 'Conflito de interesses declarado: {{title}}', body: '{{evaluator}} declarou um conflito de interesses e não pode avaliar «{{title}}». Designe outra pessoa. A declaração:' },
  },
}

type Kind = 'assigned' | 'reminder' | 'reopened' | 'declined'
type Recipient = Pick<User, 'email' | 'name'> & { language?: string | null }

const formatDate = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date))

/**
 * Queues an email about an evaluation to a member of staff, in her language, through the outbox in
 * the caller's transaction (sent once it commits, retried until it is).
 */
export async function sendEvaluationEmail(
  req: PayloadRequest,
  kind: Kind,
  to: Recipient,
  vars: { evaluationId: number; title: string; due?: string; version?: number; evaluator?: string; quote?: string },
): Promise<void> {
  const locale: Locale = to.language && isLocale(to.language) ? to.language : 'en'
  const texts = TEXTS[locale]
  const values = { ...vars, due: vars.due ? formatDate(vars.due, locale) : '', version: vars.version ?? '', evaluator: vars.evaluator ?? '', name: to.name }
  const subject = fill(texts[kind].subject, values)
  const url = `${siteUrl()}/admin/collections/evaluations/${vars.evaluationId}`
  const parts: EmailPart[] = [
    { paragraph: fill(texts.greeting, values) },
    { paragraph: fill(texts[kind].body, values) },
    ...(vars.quote ? [{ quote: vars.quote }] : []),
    { link: { label: texts.open, url, text: url } },
    { paragraph: texts.signature },
  ]
  const message: OutboxMessage = { to: to.email, subject, template: `evaluation-${kind}`, req, ...composeEmail({ locale, subject, parts, footer: texts.footer }) }
  await req.payload.sendEmail(message)
}
