import type { AdminLanguage } from '../language'

type Texts = {
  nav: string
  title: string
  intro: string
  forbidden: string
  pending: string
  hidden: string
  flagged: string
  appeals: string
  empty: string
  reply: string
  thread: string
  inThread: string
  by: string
  formerMember: string
  trust: string
  publishedPosts: string
  verified: string
  sanctioned: string
  until: string
  flags: string
  state: string
  locked: string
  seeThread: string
  openInAdmin: string
  reason: string
  chooseReason: string
  note: string
  noteHint: string
  title_: string
  body: string
  days: string
  space: string
  approve: string
  reject: string
  edit: string
  hide: string
  restore: string
  remove: string
  lock: string
  unlock: string
  move: string
  dismissFlags: string
  toPractice: string
  draftPractice: string
  silence: string
  suspend: string
  liftSanction: string
  memberActions: string
  moreActions: string
  appealed: string
  appellant: string
  automatic: string
  uphold: string
  deny: string
  decide: string
  decisionNote: string
  done: string
  findPost: string
  findPostHint: string
  show: string
  focus: string
  verify: string
  evidence: string
}

export const reviewTexts: Record<AdminLanguage, Texts> = {
  en: {
    nav: 'Community review',
    title: 'Community review queue',
    intro: 'Posts waiting for review (oldest first), posts hidden by flags or a moderator, published posts with open flags, and the appeals for you to decide (assigned to you, or to nobody). Every action is logged and the member is told by e-mail with the reason.',
    forbidden: 'Only community moderators can review posts.',
    pending: 'Waiting for review',
    hidden: 'Hidden',
    flagged: 'Published with open flags',
    appeals: 'Appeals for you to decide',
    empty: 'Nothing here.',
    reply: 'Reply',
    thread: 'Thread',
    inThread: 'in',
    by: 'By',
    formerMember: 'former member',
    trust: 'trust level',
    publishedPosts: 'published posts',
    verified: 'verified city official',
    sanctioned: 'Sanction running',
    until: 'until',
    flags: 'Open flags',
    state: 'State',
    locked: 'locked',
    seeThread: 'See on the site',
    openInAdmin: 'Open in the admin (versions)',
    reason: 'Reason',
    chooseReason: 'Choose a reason',
    note: 'Note to the member',
    noteHint: 'Optional; sent with the reason.',
    title_: 'Title',
    body: 'Text (Markdown)',
    days: 'Days',
    space: 'Move to space',
    approve: 'Approve',
    reject: 'Reject',
    edit: 'Save the edit',
    hide: 'Hide',
    restore: 'Restore',
    remove: 'Remove',
    lock: 'Lock the thread',
    unlock: 'Unlock the thread',
    move: 'Move the thread',
    dismissFlags: 'Dismiss the flags',
    toPractice: 'Turn into a draft practice',
    draftPractice: 'Draft practice',
    silence: 'Silence',
    suspend: 'Suspend',
    liftSanction: 'Lift the sanction',
    memberActions: 'The author',
    moreActions: 'More actions',
    appealed: 'Appealed action',
    appellant: 'Member',
    automatic: 'automatic (flags)',
    uphold: 'Uphold (undo the action)',
    deny: 'Deny (the action stands)',
    decide: 'Decide',
    decisionNote: 'Note to the member',
    done: 'Done',
    findPost: 'Post number',
    findPostHint: 'To act on any post, e.g. turn a valuable thread into a draft practice (the number is in the post’s address).',
    show: 'Show',
    focus: 'The post asked for',
    verify: 'Verify as city official',
    evidence: 'Evidence checked',
  },
  fr: {
    nav: 'Modération communauté',
    title: 'File de modération de la communauté',
    intro: 'Messages en attente (les plus anciens d’abord), messages masqués par des signalements ou un·e modérateur·rice, messages publiés signalés, et les recours à trancher (qui vous sont confiés, ou à personne). Chaque action est journalisée et le membre est informé par courriel avec le motif.',
    forbidden: 'Seul·es les modérateur·rices de la communauté peuvent modérer.',
    pending: 'En attente de modération',
    hidden: 'Masqués',
    flagged: 'Publiés avec signalements ouverts',
    appeals: 'Recours à trancher',
    empty: 'Rien ici.',
    reply: 'Réponse',
    thread: 'Fil',
    inThread: 'dans',
    by: 'Par',
    formerMember: 'ancien membre',
    trust: 'niveau de confiance',
    publishedPosts: 'messages publiés',
    verified: 'agent·e municipal·e vérifié·e',
    sanctioned: 'Sanction en cours',
    until: 'jusqu’au',
    flags: 'Signalements ouverts',
    state: 'État',
    locked: 'verrouillé',
    seeThread: 'Voir sur le site',
    openInAdmin: 'Ouvrir dans l’admin (versions)',
    reason: 'Motif',
    chooseReason: 'Choisissez un motif',
    note: 'Note au membre',
    noteHint: 'Facultative ; envoyée avec le motif.',
    title_: 'Titre',
    body: 'Texte (Markdown)',
    days: 'Jours',
    space: 'Déplacer vers l’espace',
    approve: 'Approuver',
    reject: 'Refuser',
    edit: 'Enregistrer la modification',
    hide: 'Masquer',
    restore: 'Rétablir',
    remove: 'Retirer',
    lock: 'Verrouiller le fil',
    unlock: 'Déverrouiller le fil',
    move: 'Déplacer le fil',
    dismissFlags: 'Écarter les signalements',
    toPractice: 'Transformer en pratique (brouillon)',
    draftPractice: 'Pratique (brouillon)',
    silence: 'Réduire au silence',
    suspend: 'Suspendre',
    liftSanction: 'Lever la sanction',
    memberActions: 'L’auteur·e',
    moreActions: 'Autres actions',
    appealed: 'Action contestée',
    appellant: 'Membre',
    automatic: 'automatique (signalements)',
    uphold: 'Accepter (annuler l’action)',
    deny: 'Rejeter (l’action est maintenue)',
    decide: 'Trancher',
    decisionNote: 'Note au membre',
    done: 'Fait',
    findPost: 'Numéro du message',
    findPostHint: 'Pour agir sur n’importe quel message, par exemple transformer un fil utile en pratique (le numéro figure dans l’adresse du message).',
    show: 'Afficher',
    focus: 'Le message demandé',
    verify: 'Reconnaître comme agent·e municipal·e',
    evidence: 'Justificatif vérifié',
  },
  es: {
    nav: 'Moderación comunidad',
    title: 'Cola de moderación de la comunidad',
    intro: 'Mensajes pendientes (los más antiguos primero), mensajes ocultados por denuncias o por un/a moderador/a, mensajes publicados con denuncias abiertas y los recursos que debe decidir (asignados a usted o a nadie). Cada acción queda registrada y se informa al miembro por correo con el motivo.',
    forbidden: 'Solo los moderadores de la comunidad pueden moderar.',
    pending: 'Pendientes de revisión',
    hidden: 'Ocultos',
    flagged: 'Publicados con denuncias abiertas',
    appeals: 'Recursos que debe decidir',
    empty: 'Nada aquí.',
    reply: 'Respuesta',
    thread: 'Hilo',
    inThread: 'en',
    by: 'Por',
    formerMember: 'antiguo miembro',
    trust: 'nivel de confianza',
    publishedPosts: 'mensajes publicados',
    verified: 'funcionario/a municipal verificado/a',
    sanctioned: 'Sanción en curso',
    until: 'hasta',
    flags: 'Denuncias abiertas',
    state: 'Estado',
    locked: 'cerrado',
    seeThread: 'Ver en el sitio',
    openInAdmin: 'Abrir en el admin (versiones)',
    reason: 'Motivo',
    chooseReason: 'Elija un motivo',
    note: 'Nota al miembro',
    noteHint: 'Opcional; se envía con el motivo.',
    title_: 'Título',
    body: 'Texto (Markdown)',
    days: 'Días',
    space: 'Mover al espacio',
    approve: 'Aprobar',
    reject: 'Rechazar',
    edit: 'Guardar la edición',
    hide: 'Ocultar',
    restore: 'Restablecer',
    remove: 'Retirar',
    lock: 'Cerrar el hilo',
    unlock: 'Reabrir el hilo',
    move: 'Mover el hilo',
    dismissFlags: 'Desestimar las denuncias',
    toPractice: 'Convertir en práctica (borrador)',
    draftPractice: 'Práctica (borrador)',
    silence: 'Silenciar',
    suspend: 'Suspender',
    liftSanction: 'Levantar la sanción',
    memberActions: 'El/la autor/a',
    moreActions: 'Más acciones',
    appealed: 'Acción recurrida',
    appellant: 'Miembro',
    automatic: 'automática (denuncias)',
    uphold: 'Aceptar (deshacer la acción)',
    deny: 'Rechazar (la acción se mantiene)',
    decide: 'Decidir',
    decisionNote: 'Nota al miembro',
    done: 'Hecho',
    findPost: 'Número del mensaje',
    findPostHint: 'Para actuar sobre cualquier mensaje, p. ej. convertir un hilo valioso en práctica (el número está en la dirección del mensaje).',
    show: 'Mostrar',
    focus: 'El mensaje solicitado',
    verify: 'Verificar como funcionario/a municipal',
    evidence: 'Prueba verificada',
  },
  pt: {
    nav: 'Moderação comunidade',
    title: 'Fila de moderação da comunidade',
    intro: 'Mensagens a aguardar revisão (as mais antigas primeiro), mensagens ocultadas por denúncias ou por um/a moderador/a, mensagens publicadas com denúncias abertas e os recursos para decidir (atribuídos a si ou a ninguém). Cada ação é registada e o membro é informado por email com o motivo.',
    forbidden: 'Só os moderadores da comunidade podem moderar.',
    pending: 'A aguardar revisão',
    hidden: 'Ocultas',
    flagged: 'Publicadas com denúncias abertas',
    appeals: 'Recursos para decidir',
    empty: 'Nada aqui.',
    reply: 'Resposta',
    thread: 'Tópico',
    inThread: 'em',
    by: 'Por',
    formerMember: 'antigo membro',
    trust: 'nível de confiança',
    publishedPosts: 'mensagens publicadas',
    verified: 'funcionário/a municipal verificado/a',
    sanctioned: 'Sanção em curso',
    until: 'até',
    flags: 'Denúncias abertas',
    state: 'Estado',
    locked: 'bloqueado',
    seeThread: 'Ver no site',
    openInAdmin: 'Abrir no admin (versões)',
    reason: 'Motivo',
    chooseReason: 'Escolha um motivo',
    note: 'Nota ao membro',
    noteHint: 'Opcional; enviada com o motivo.',
    title_: 'Título',
    body: 'Texto (Markdown)',
    days: 'Dias',
    space: 'Mover para o espaço',
    approve: 'Aprovar',
    reject: 'Rejeitar',
    edit: 'Guardar a edição',
    hide: 'Ocultar',
    restore: 'Restabelecer',
    remove: 'Remover',
    lock: 'Bloquear o tópico',
    unlock: 'Desbloquear o tópico',
    move: 'Mover o tópico',
    dismissFlags: 'Rejeitar as denúncias',
    toPractice: 'Converter em prática (rascunho)',
    draftPractice: 'Prática (rascunho)',
    silence: 'Silenciar',
    suspend: 'Suspender',
    liftSanction: 'Levantar a sanção',
    memberActions: 'O/a autor/a',
    moreActions: 'Mais ações',
    appealed: 'Ação recorrida',
    appellant: 'Membro',
    automatic: 'automática (denúncias)',
    uphold: 'Aceitar (anular a ação)',
    deny: 'Rejeitar (a ação mantém-se)',
    decide: 'Decidir',
    decisionNote: 'Nota ao membro',
    done: 'Feito',
    findPost: 'Número da mensagem',
    findPostHint: 'Para agir sobre qualquer mensagem, p. ex. converter um tópico valioso em prática (o número está no endereço da mensagem).',
    show: 'Mostrar',
    focus: 'A mensagem pedida',
    verify: 'Verificar como funcionário/a municipal',
    evidence: 'Prova verificada',
  },
}
