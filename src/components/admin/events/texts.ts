import type { AdminLanguage } from '../language'

export type EventTeamTexts = {
  checkInTitle: string
  checkInNav: string
  checkInIntro: string
  edition: string
  chooseEdition: string
  noEditions: string
  code: string
  codeHint: string
  checkInButton: string
  camera: string
  cameraStop: string
  cameraUnavailable: string
  cameraPointAt: string
  checkedInSoFar: string
  lastResult: string
  working: string
  countsTitle: string
  countsIntro: string
  byStatus: string
  byMode: string
  byCountry: string
  byRole: string
  status: string
  mode: string
  country: string
  role: string
  count: string
  total: string
  capacity: string
  seatsTaken: string
  free: string
  waitlisted: string
  checkedIn: string
  notGiven: string
  exportCsv: string
  exportHint: string
  openCheckIn: string
  purged: string
  nothingYet: string
  back: string
  forbidden: string
}

export const eventTeamTexts: Record<AdminLanguage, EventTeamTexts> = {
  en: {
    checkInTitle: 'Event check-in',
    checkInNav: 'Event check-in',
    checkInIntro: 'Scan the QR code of the confirmation e-mail, or type the code printed under it, then press Enter.',
    edition: 'Edition',
    chooseEdition: 'Show',
    noEditions: 'There is no event edition yet.',
    code: 'Check-in code',
    codeHint: '10 characters; spaces, dashes and lower case are fine.',
    checkInButton: 'Check in',
    camera: 'Scan with the camera',
    cameraStop: 'Stop the camera',
    cameraUnavailable: 'The camera cannot be used here: use a scanner or type the code.',
    cameraPointAt: 'Point the camera at the QR code.',
    checkedInSoFar: '{mode}: {checkedIn} checked in of {expected} with a seat.',
    lastResult: 'Earlier at this desk',
    working: 'Checking…',
    countsTitle: 'Registrations in figures',
    countsIntro: 'Cancelled registrations count only in the table by status.',
    byStatus: 'By status',
    byMode: 'By attendance mode',
    byCountry: 'By country',
    byRole: 'By role',
    status: 'Status',
    mode: 'Mode',
    country: 'Country',
    role: 'Role',
    count: 'Registrations',
    total: 'Total',
    capacity: 'Capacity',
    seatsTaken: 'Seats taken',
    free: 'Free seats',
    waitlisted: 'Waiting list',
    checkedIn: 'Checked in',
    notGiven: 'Not given',
    exportCsv: 'Download the registrants (CSV)',
    exportHint: 'Personal data: keep the file only as long as the event needs it.',
    openCheckIn: 'Open the check-in desk',
    purged: 'Personal data anonymised on {date}; the figures remain.',
    nothingYet: 'No registrations yet.',
    back: 'Back',
    forbidden: 'Only the event team can see this.',
  },
  fr: {
    checkInTitle: 'Accueil de l’événement',
    checkInNav: 'Accueil de l’événement',
    checkInIntro: 'Scannez le QR code de l’e-mail de confirmation, ou tapez le code imprimé dessous, puis appuyez sur Entrée.',
    edition: 'Édition',
    chooseEdition: 'Afficher',
    noEditions: 'Il n’y a encore aucune édition de l’événement.',
    code: 'Code d’accueil',
    codeHint: '10 caractères ; espaces, tirets et minuscules acceptés.',
    checkInButton: 'Enregistrer',
    camera: 'Scanner avec la caméra',
    cameraStop: 'Arrêter la caméra',
    cameraUnavailable: 'La caméra n’est pas utilisable ici : utilisez un lecteur ou tapez le code.',
    cameraPointAt: 'Visez le QR code avec la caméra.',
    checkedInSoFar: '{mode} : {checkedIn} personnes enregistrées sur {expected} ayant une place.',
    lastResult: 'Plus tôt à cet accueil',
    working: 'Vérification…',
    countsTitle: 'Les inscriptions en chiffres',
    countsIntro: 'Les inscriptions annulées ne comptent que dans le tableau par statut.',
    byStatus: 'Par statut',
    byMode: 'Par mode de participation',
    byCountry: 'Par pays',
    byRole: 'Par fonction',
    status: 'Statut',
    mode: 'Mode',
    country: 'Pays',
    role: 'Fonction',
    count: 'Inscriptions',
    total: 'Total',
    capacity: 'Capacité',
    seatsTaken: 'Places prises',
    free: 'Places libres',
    waitlisted: 'Liste d’attente',
    checkedIn: 'Enregistrées',
    notGiven: 'Non indiqué',
    exportCsv: 'Télécharger les inscrits (CSV)',
    exportHint: 'Données personnelles : ne gardez le fichier que le temps nécessaire à l’événement.',
    openCheckIn: 'Ouvrir l’accueil',
    purged: 'Données personnelles anonymisées le {date} ; les chiffres restent.',
    nothingYet: 'Aucune inscription pour l’instant.',
    back: 'Retour',
    forbidden: 'Seule l’équipe événement peut voir ceci.',
  },
  es: {
    checkInTitle: 'Acreditación del evento',
    checkInNav: 'Acreditación del evento',
    checkInIntro: 'Escanee el código QR del correo de confirmación, o escriba el código impreso debajo, y pulse Intro.',
    edition: 'Edición',
    chooseEdition: 'Mostrar',
    noEditions: 'Todavía no hay ninguna edición del evento.',
    code: 'Código de acreditación',
    codeHint: '10 caracteres; se aceptan espacios, guiones y minúsculas.',
    checkInButton: 'Acreditar',
    camera: 'Escanear con la cámara',
    cameraStop: 'Detener la cámara',
    cameraUnavailable: 'La cámara no se puede usar aquí: use un lector o escriba el código.',
    cameraPointAt: 'Apunte la cámara al código QR.',
    checkedInSoFar: '{mode}: {checkedIn} acreditados de {expected} con plaza.',
    lastResult: 'Antes en este puesto',
    working: 'Comprobando…',
    countsTitle: 'Las inscripciones en cifras',
    countsIntro: 'Las inscripciones canceladas solo cuentan en la tabla por estado.',
    byStatus: 'Por estado',
    byMode: 'Por modalidad',
    byCountry: 'Por país',
    byRole: 'Por función',
    status: 'Estado',
    mode: 'Modalidad',
    country: 'País',
    role: 'Función',
    count: 'Inscripciones',
    total: 'Total',
    capacity: 'Aforo',
    seatsTaken: 'Plazas ocupadas',
    free: 'Plazas libres',
    waitlisted: 'Lista de espera',
    checkedIn: 'Acreditados',
    notGiven: 'Sin indicar',
    exportCsv: 'Descargar los inscritos (CSV)',
    exportHint: 'Datos personales: conserve el archivo solo mientras el evento lo necesite.',
    openCheckIn: 'Abrir la acreditación',
    purged: 'Datos personales anonimizados el {date}; las cifras se conservan.',
    nothingYet: 'Todavía no hay inscripciones.',
    back: 'Volver',
    forbidden: 'Solo el equipo del evento puede ver esto.',
  },
  pt: {
    checkInTitle: 'Acreditação do evento',
    checkInNav: 'Acreditação do evento',
    checkInIntro: 'Leia o código QR do e-mail de confirmação, ou escreva o código impresso por baixo, e prima Enter.',
    edition: 'Edição',
    chooseEdition: 'Mostrar',
    noEditions: 'Ainda não há nenhuma edição do evento.',
    code: 'Código de acreditação',
    codeHint: '10 caracteres; espaços, hífenes e minúsculas são aceites.',
    checkInButton: 'Acreditar',
    camera: 'Ler com a câmara',
    cameraStop: 'Parar a câmara',
    cameraUnavailable: 'A câmara não pode ser usada aqui: use um leitor ou escreva o código.',
    cameraPointAt: 'Aponte a câmara para o código QR.',
    checkedInSoFar: '{mode}: {checkedIn} acreditados de {expected} com lugar.',
    lastResult: 'Antes neste posto',
    working: 'A verificar…',
    countsTitle: 'As inscrições em números',
    countsIntro: 'As inscrições canceladas só contam na tabela por estado.',
    byStatus: 'Por estado',
    byMode: 'Por modalidade',
    byCountry: 'Por país',
    byRole: 'Por função',
    status: 'Estado',
    mode: 'Modalidade',
    country: 'País',
    role: 'Função',
    count: 'Inscrições',
    total: 'Total',
    capacity: 'Capacidade',
    seatsTaken: 'Lugares ocupados',
    free: 'Lugares livres',
    waitlisted: 'Lista de espera',
    checkedIn: 'Acreditados',
    notGiven: 'Não indicado',
    exportCsv: 'Descarregar os inscritos (CSV)',
    exportHint: 'Dados pessoais: guarde o ficheiro apenas enquanto o evento precisar dele.',
    openCheckIn: 'Abrir a acreditação',
    purged: 'Dados pessoais anonimizados em {date}; os números mantêm-se.',
    nothingYet: 'Ainda não há inscrições.',
    back: 'Voltar',
    forbidden: 'Só a equipa do evento pode ver isto.',
  },
}
