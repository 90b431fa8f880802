import type { AdminLanguage } from '../language'
import type { QueueGroup } from './queue'

type Texts = {
  title: string
  intro: string
  empty: string
  practice: string
  due: string
  submitted: string
  round: string
  groups: Record<QueueGroup, string>
  nav: string
}

export const queueTexts: Record<AdminLanguage, Texts> = {
  en: {
    title: 'My evaluations',
    intro: 'The practices you have been asked to evaluate. Open one to score it against the rubric, save, then submit it.',
    empty: 'Nothing here.',
    practice: 'Practice',
    due: 'Due',
    submitted: 'Submitted',
    round: 'Round',
    groups: { overdue: 'Overdue', assigned: 'Assigned', in_progress: 'In progress', submitted: 'Submitted' },
    nav: 'My evaluations',
  },
  fr: {
    title: 'Mes évaluations',
    intro: 'Les pratiques que l’on vous a demandé d’évaluer. Ouvrez-en une pour la noter selon la grille, enregistrez, puis remettez-la.',
    empty: 'Rien ici.',
    practice: 'Pratique',
    due: 'Échéance',
    submitted: 'Remise le',
    round: 'Tour',
    groups: { overdue: 'En retard', assigned: 'Attribuées', in_progress: 'En cours', submitted: 'Remises' },
    nav: 'Mes évaluations',
  },
  es: {
    title: 'Mis evaluaciones',
    intro: 'Las prácticas que se le ha pedido evaluar. Abra una para puntuarla según la rúbrica, guarde y envíela.',
    empty: 'Nada por aquí.',
    practice: 'Práctica',
    due: 'Fecha límite',
    submitted: 'Enviada',
    round: 'Ronda',
    groups: { overdue: 'Atrasadas', assigned: 'Asignadas', in_progress: 'En curso', submitted: 'Enviadas' },
    nav: 'Mis evaluaciones',
  },
  pt: {
    title: 'As minhas avaliações',
    intro: 'As práticas que lhe pediram para avaliar. Abra uma para a pontuar segundo a grelha, guarde e entregue-a.',
    empty: 'Nada aqui.',
    practice: 'Prática',
    due: 'Prazo',
    submitted: 'Entregue',
    round: 'Ronda',
    groups: { overdue: 'Em atraso', assigned: 'Atribuídas', in_progress: 'Em curso', submitted: 'Entregues' },
    nav: 'As minhas avaliações',
  },
}
