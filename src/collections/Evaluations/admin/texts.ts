import type { AdminLanguage } from '@/components/admin/language'

type Texts = {
  submit: string
  saveFirst: string
  notReady: string
  refused: string
  close: string
  declare: string
  declareTitle: string
  declareReason: string
  declareConfirm: string
  cancel: string
  reopen: string
  reopenTitle: string
  reopenReason: string
  reopenConfirm: string
  withdraw: string
}

export const controlTexts: Record<AdminLanguage, Texts> = {
  en: {
    submit: 'Submit evaluation',
    saveFirst: 'Save your changes before submitting.',
    notReady: 'Not ready to submit',
    refused: 'This could not be done',
    close: 'Close',
    declare: 'Declare a conflict of interest',
    declareTitle: 'Declare a conflict of interest',
    declareReason: 'How are you connected to this practice? (at least 10 characters; the editor will assign someone else)',
    declareConfirm: 'Declare the conflict and close this evaluation',
    cancel: 'Cancel',
    reopen: 'Reopen',
    reopenTitle: 'Reopen this evaluation',
    reopenReason: 'Reason (sent to the evaluator, at least 10 characters)',
    reopenConfirm: 'Reopen the evaluation',
    withdraw: 'Withdraw the assignment',
  },
  fr: {
    submit: 'Remettre l’évaluation',
    saveFirst: 'Enregistrez vos modifications avant de remettre l’évaluation.',
    notReady: 'Pas encore prête à être remise',
    refused: 'Cela n’a pas pu être fait',
    close: 'Fermer',
    declare: 'Déclarer un conflit d’intérêts',
    declareTitle: 'Déclarer un conflit d’intérêts',
    declareReason: 'Quel est votre lien avec cette pratique ? (au moins 10 caractères ; l’éditeur désignera quelqu’un d’autre)',
    declareConfirm: 'Déclarer le conflit et clore cette évaluation',
    cancel: 'Annuler',
    reopen: 'Rouvrir',
    reopenTitle: 'Rouvrir cette évaluation',
    reopenReason: 'Motif (envoyé à l’évaluateur, au moins 10 caractères)',
    reopenConfirm: 'Rouvrir l’évaluation',
    withdraw: 'Retirer l’évaluation',
  },
  es: {
    submit: 'Enviar la evaluación',
    saveFirst: 'Guarde sus cambios antes de enviar.',
    notReady: 'Todavía no se puede enviar',
    refused: 'No se ha podido hacer',
    close: 'Cerrar',
    declare: 'Declarar un conflicto de intereses',
    declareTitle: 'Declarar un conflicto de intereses',
    declareReason: '¿Qué relación tiene con esta práctica? (al menos 10 caracteres; el editor asignará a otra persona)',
    declareConfirm: 'Declarar el conflicto y cerrar esta evaluación',
    cancel: 'Cancelar',
    reopen: 'Reabrir',
    reopenTitle: 'Reabrir esta evaluación',
    reopenReason: 'Motivo (se envía al evaluador, al menos 10 caracteres)',
    reopenConfirm: 'Reabrir la evaluación',
    withdraw: 'Retirar la asignación',
  },
  pt: {
    submit: 'Entregar a avaliação',
    saveFirst: 'Guarde as alterações antes de entregar.',
    notReady: 'Ainda não pode ser entregue',
    refused: 'Não foi possível',
    close: 'Fechar',
    declare: 'Declarar um conflito de interesses',
    declareTitle: 'Declarar um conflito de interesses',
    declareReason: 'Qual é a sua ligação a esta prática? (pelo menos 10 caracteres; o editor atribuirá outra pessoa)',
    declareConfirm: 'Declarar o conflito e fechar esta avaliação',
    cancel: 'Cancelar',
    reopen: 'Reabrir',
    reopenTitle: 'Reabrir esta avaliação',
    reopenReason: 'Motivo (enviado ao avaliador, pelo menos 10 caracteres)',
    reopenConfirm: 'Reabrir a avaliação',
    withdraw: 'Retirar a atribuição',
  },
}

/**
 * The server says what is missing as one sentence ("… cannot be submitted yet: a; b; c."): its
 * introduction and its items, to show them as a list.
 */
export function splitProblems(message: string): { intro: string; items: string[] } {
  const colon = message.indexOf(':')
  if (colon < 0) return { intro: message, items: [] }
  const items = message
    .slice(colon + 1)
    .replace(/\.\s*$/, '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
  return { intro: message.slice(0, colon).trim(), items }
}
