import type { AdminLanguage } from '../language'

type Texts = {
  title: string
  saveFirst: string
  loading: string
  none: string
  round: string
  due: string
  overdue: string
  submittedOn: string
  open: string
  withdraw: string
  withdrawOf: string
  reopen: string
  reopenTitle: string
  reopenReason: string
  reopenConfirm: string
  cancel: string
  assignTitle: string
  assignHint: string
  evaluators: string
  noEvaluators: string
  alreadyAssigned: string
  declined: string
  dueDate: string
  dueDateHint: string
  assign: string
  assigned: string
  resultTitle: string
  noResult: string
  status: string
  overall: string
  evaluatorCount: string
  expires: string
  disagreement: string
  decisionTitle: string
  awardLabel: string
  yes: string
  no: string
  decisionReason: string
  decide: string
  evaluatorNote: string
  openMine: string
}

export const panelTexts: Record<AdminLanguage, Texts> = {
  en: {
    title: 'Evaluation',
    saveFirst: 'Save the practice first.',
    loading: 'Loading…',
    none: 'No evaluator has been assigned yet.',
    round: 'Round',
    due: 'due',
    overdue: 'Overdue',
    submittedOn: 'submitted',
    open: 'Open',
    withdraw: 'Withdraw',
    withdrawOf: 'Withdraw the assignment of {name}',
    reopen: 'Reopen',
    reopenTitle: 'Reopen the evaluation of {name}',
    reopenReason: 'Reason (sent to the evaluator, at least 10 characters)',
    reopenConfirm: 'Reopen the evaluation',
    cancel: 'Cancel',
    assignTitle: 'Assign evaluators',
    assignHint: 'At least {min} evaluators per round; round {round} has {count}.',
    evaluators: 'Evaluators',
    noEvaluators: 'No staff member has the evaluator role yet.',
    alreadyAssigned: 'already assigned',
    declined: 'declared a conflict of interest',
    dueDate: 'Due date',
    dueDateHint: 'Leave empty for the default delay ({days} days).',
    assign: 'Assign the chosen evaluators',
    assigned: 'Assigned: each evaluator has been notified by email.',
    resultTitle: 'Latest result',
    noResult: 'No result yet: it is computed when the evaluations of the round are all submitted.',
    status: 'Status',
    overall: 'Overall score',
    evaluatorCount: 'Evaluators',
    expires: 'Label valid until',
    disagreement: 'Disagreement',
    decisionTitle: 'Editor’s decision',
    awardLabel: 'Award the label “Evaluated best practice”?',
    yes: 'Yes, award the label',
    no: 'No, do not award it',
    decisionReason: 'Reason for the decision (at least 10 characters)',
    decide: 'Record the decision',
    evaluatorNote: 'You evaluate this practice.',
    openMine: 'Open my evaluation',
  },
  fr: {
    title: 'Évaluation',
    saveFirst: 'Enregistrez d’abord la pratique.',
    loading: 'Chargement…',
    none: 'Aucun évaluateur n’a encore été désigné.',
    round: 'Tour',
    due: 'échéance',
    overdue: 'En retard',
    submittedOn: 'remise le',
    open: 'Ouvrir',
    withdraw: 'Retirer',
    withdrawOf: 'Retirer l’évaluation confiée à {name}',
    reopen: 'Rouvrir',
    reopenTitle: 'Rouvrir l’évaluation de {name}',
    reopenReason: 'Motif (envoyé à l’évaluateur, au moins 10 caractères)',
    reopenConfirm: 'Rouvrir l’évaluation',
    cancel: 'Annuler',
    assignTitle: 'Désigner des évaluateurs',
    assignHint: 'Au moins {min} évaluateurs par tour ; le tour {round} en compte {count}.',
    evaluators: 'Évaluateurs',
    noEvaluators: 'Aucun membre de l’équipe n’a encore le rôle d’évaluateur.',
    alreadyAssigned: 'déjà désigné·e',
    declined: 'a déclaré un conflit d’intérêts',
    dueDate: 'Échéance',
    dueDateHint: 'Laissez vide pour le délai par défaut ({days} jours).',
    assign: 'Désigner les évaluateurs choisis',
    assigned: 'C’est fait : chaque évaluateur a été prévenu par courriel.',
    resultTitle: 'Dernier résultat',
    noResult: 'Pas encore de résultat : il est calculé quand toutes les évaluations du tour sont remises.',
    status: 'Statut',
    overall: 'Note globale',
    evaluatorCount: 'Évaluateurs',
    expires: 'Label valable jusqu’au',
    disagreement: 'Désaccord',
    decisionTitle: 'Décision de l’éditeur',
    awardLabel: 'Attribuer le label « Bonne pratique évaluée » ?',
    yes: 'Oui, attribuer le label',
    no: 'Non, ne pas l’attribuer',
    decisionReason: 'Motif de la décision (au moins 10 caractères)',
    decide: 'Enregistrer la décision',
    evaluatorNote: 'Vous évaluez cette pratique.',
    openMine: 'Ouvrir mon évaluation',
  },
  es: {
    title: 'Evaluación',
    saveFirst: 'Guarde primero la práctica.',
    loading: 'Cargando…',
    none: 'Todavía no se ha asignado ningún evaluador.',
    round: 'Ronda',
    due: 'vence',
    overdue: 'Atrasada',
    submittedOn: 'enviada el',
    open: 'Abrir',
    withdraw: 'Retirar',
    withdrawOf: 'Retirar la asignación de {name}',
    reopen: 'Reabrir',
    reopenTitle: 'Reabrir la evaluación de {name}',
    reopenReason: 'Motivo (se envía al evaluador, al menos 10 caracteres)',
    reopenConfirm: 'Reabrir la evaluación',
    cancel: 'Cancelar',
    assignTitle: 'Asignar evaluadores',
    assignHint: 'Al menos {min} evaluadores por ronda; la ronda {round} tiene {count}.',
    evaluators: 'Evaluadores',
    noEvaluators: 'Ningún miembro del equipo tiene todavía el rol de evaluador.',
    alreadyAssigned: 'ya asignado/a',
    declined: 'declaró un conflicto de intereses',
    dueDate: 'Fecha límite',
    dueDateHint: 'Déjela vacía para el plazo por defecto ({days} días).',
    assign: 'Asignar a los evaluadores elegidos',
    assigned: 'Hecho: cada evaluador ha sido avisado por correo.',
    resultTitle: 'Último resultado',
    noResult: 'Aún no hay resultado: se calcula cuando se han enviado todas las evaluaciones de la ronda.',
    status: 'Estado',
    overall: 'Puntuación global',
    evaluatorCount: 'Evaluadores',
    expires: 'Sello válido hasta el',
    disagreement: 'Desacuerdo',
    decisionTitle: 'Decisión editorial',
    awardLabel: '¿Otorgar el sello «Buena práctica evaluada»?',
    yes: 'Sí, otorgar el sello',
    no: 'No, no otorgarlo',
    decisionReason: 'Motivo de la decisión (al menos 10 caracteres)',
    decide: 'Registrar la decisión',
    evaluatorNote: 'Usted evalúa esta práctica.',
    openMine: 'Abrir mi evaluación',
  },
  pt: {
    title: 'Avaliação',
    saveFirst: 'Guarde primeiro a prática.',
    loading: 'A carregar…',
    none: 'Ainda não foi atribuído nenhum avaliador.',
    round: 'Ronda',
    due: 'prazo',
    overdue: 'Em atraso',
    submittedOn: 'entregue a',
    open: 'Abrir',
    withdraw: 'Retirar',
    withdrawOf: 'Retirar a atribuição de {name}',
    reopen: 'Reabrir',
    reopenTitle: 'Reabrir a avaliação de {name}',
    reopenReason: 'Motivo (enviado ao avaliador, pelo menos 10 caracteres)',
    reopenConfirm: 'Reabrir a avaliação',
    cancel: 'Cancelar',
    assignTitle: 'Atribuir avaliadores',
    assignHint: 'Pelo menos {min} avaliadores por ronda; a ronda {round} tem {count}.',
    evaluators: 'Avaliadores',
    noEvaluators: 'Nenhum membro da equipa tem ainda a função de avaliador.',
    alreadyAssigned: 'já atribuído/a',
    declined: 'declarou um conflito de interesses',
    dueDate: 'Prazo',
    dueDateHint: 'Deixe vazio para o prazo por omissão ({days} dias).',
    assign: 'Atribuir aos avaliadores escolhidos',
    assigned: 'Feito: cada avaliador foi avisado por email.',
    resultTitle: 'Último resultado',
    noResult: 'Ainda sem resultado: é calculado quando todas as avaliações da ronda forem entregues.',
    status: 'Estado',
    overall: 'Pontuação global',
    evaluatorCount: 'Avaliadores',
    expires: 'Selo válido até',
    disagreement: 'Desacordo',
    decisionTitle: 'Decisão editorial',
    awardLabel: 'Atribuir o selo «Boa prática avaliada»?',
    yes: 'Sim, atribuir o selo',
    no: 'Não atribuir',
    decisionReason: 'Motivo da decisão (pelo menos 10 caracteres)',
    decide: 'Registar a decisão',
    evaluatorNote: 'Está a avaliar esta prática.',
    openMine: 'Abrir a minha avaliação',
  },
}
