import type { AdminLanguage } from '@/components/admin/language'

export type ToolTexts = {
  staleSome: string
  staleNone: string
  staleLink: string
  markVerified: string
  markVerifiedHint: string
  markVerifiedDone: string
  importTitle: string
  importHint: string
  importFile: string
  importSubmit: string
  importBusy: string
  template: string
  guide: string
  guideColumn: string
  guideFormat: string
  doneTitle: string
  created: string
  updated: string
  unchanged: string
  organisationsCreated: string
  failedTitle: string
  row: string
  column: string
  problem: string
  back: string
  errorPrefix: string
  requiredMark: string
  neededForNewMark: string
}

export const toolTexts: Record<AdminLanguage, ToolTexts> = {
  en: {
    staleSome: '{count} entries need verification: not checked against their source for 6 months, or never.',
    staleNone: 'Every entry was checked against its source in the last 6 months.',
    staleLink: 'Show the entries to verify',
    markVerified: 'Mark selected as verified now',
    markVerifiedHint: 'Tick the entries you have just checked against their sources, then mark them verified.',
    markVerifiedDone: '{count} entries marked verified.',
    importTitle: 'Import funding actions (CSV)',
    importHint: 'One row per action. Rows are matched on external_id: importing the same file again updates those entries. The whole file is checked first: if any row is wrong, nothing is saved.',
    importFile: 'CSV file (UTF-8, at most {maxKb} KB and {maxRows} rows)',
    importSubmit: 'Check and import',
    importBusy: 'Importing…',
    template: 'Download the template (CSV)',
    guide: 'Columns and formats',
    guideColumn: 'Column',
    guideFormat: 'Format',
    doneTitle: 'Import done',
    created: 'created',
    updated: 'updated',
    unchanged: 'unchanged',
    organisationsCreated: 'organisations created',
    failedTitle: 'Nothing was imported',
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    back: 'Back to the funding actions',
    errorPrefix: 'Error:',
    requiredMark: 'Required.',
    neededForNewMark: 'Needed for a new entry.',
  },
  fr: {
    staleSome: '{count} entrées sont à vérifier : pas confrontées à leur source depuis 6 mois, ou jamais.',
    staleNone: 'Toutes les entrées ont été vérifiées auprès de leur source ces 6 derniers mois.',
    staleLink: 'Afficher les entrées à vérifier',
    markVerified: 'Marquer la sélection comme vérifiée',
    markVerifiedHint: 'Cochez les entrées que vous venez de vérifier auprès de leur source, puis marquez-les comme vérifiées.',
    markVerifiedDone: '{count} entrées marquées comme vérifiées.',
    importTitle: 'Importer des actions de financement (CSV)',
    importHint: 'Une ligne par action. Les lignes sont rapprochées par external_id : réimporter le même fichier met ces entrées à jour. Tout le fichier est d’abord vérifié : si une ligne est fausse, rien n’est enregistré.',
    importFile: 'Fichier CSV (UTF-8, au plus {maxKb} Ko et {maxRows} lignes)',
    importSubmit: 'Vérifier et importer',
    importBusy: 'Import en cours…',
    template: 'Télécharger le modèle (CSV)',
    guide: 'Colonnes et formats',
    guideColumn: 'Colonne',
    guideFormat: 'Format',
    doneTitle: 'Import terminé',
    created: 'créées',
    updated: 'mises à jour',
    unchanged: 'inchangées',
    organisationsCreated: 'organisations créées',
    failedTitle: 'Rien n’a été importé',
    row: 'Ligne',
    column: 'Colonne',
    problem: 'Problème',
    back: 'Retour aux actions de financement',
    errorPrefix: 'Erreur :',
    requiredMark: 'Obligatoire.',
    neededForNewMark: 'Nécessaire pour une nouvelle entrée.',
  },
  es: {
    staleSome: '{count} entradas por verificar: sin contrastar con su fuente desde hace 6 meses, o nunca.',
    staleNone: 'Todas las entradas se contrastaron con su fuente en los últimos 6 meses.',
    staleLink: 'Mostrar las entradas por verificar',
    markVerified: 'Marcar la selección como verificada',
    markVerifiedHint: 'Marque las entradas que acaba de contrastar con su fuente y luego márquelas como verificadas.',
    markVerifiedDone: '{count} entradas marcadas como verificadas.',
    importTitle: 'Importar acciones de financiación (CSV)',
    importHint: 'Una fila por acción. Las filas se emparejan por external_id: volver a importar el mismo archivo actualiza esas entradas. Primero se comprueba todo el archivo: si una fila es incorrecta, no se guarda nada.',
    importFile: 'Archivo CSV (UTF-8, como máximo {maxKb} KB y {maxRows} filas)',
    importSubmit: 'Comprobar e importar',
    importBusy: 'Importando…',
    template: 'Descargar la plantilla (CSV)',
    guide: 'Columnas y formatos',
    guideColumn: 'Columna',
    guideFormat: 'Formato',
    doneTitle: 'Importación terminada',
    created: 'creadas',
    updated: 'actualizadas',
    unchanged: 'sin cambios',
    organisationsCreated: 'organizaciones creadas',
    failedTitle: 'No se importó nada',
    row: 'Fila',
    column: 'Columna',
    problem: 'Problema',
    back: 'Volver a las acciones de financiación',
    errorPrefix: 'Error:',
    requiredMark: 'Obligatorio.',
    neededForNewMark: 'Necesario para una entrada nueva.',
  },
  pt: {
    staleSome: '{count} entradas por verificar: não confrontadas com a fonte há 6 meses, ou nunca.',
    staleNone: 'Todas as entradas foram confrontadas com a fonte nos últimos 6 meses.',
    staleLink: 'Mostrar as entradas por verificar',
    markVerified: 'Marcar a seleção como verificada',
    markVerifiedHint: 'Assinale as entradas que acabou de confrontar com a fonte e marque-as como verificadas.',
    markVerifiedDone: '{count} entradas marcadas como verificadas.',
    importTitle: 'Importar ações de financiamento (CSV)',
    importHint: 'Uma linha por ação. As linhas são associadas por external_id: importar de novo o mesmo ficheiro atualiza essas entradas. Todo o ficheiro é verificado primeiro: se uma linha estiver errada, nada é gravado.',
    importFile: 'Ficheiro CSV (UTF-8, no máximo {maxKb} KB e {maxRows} linhas)',
    importSubmit: 'Verificar e importar',
    importBusy: 'A importar…',
    template: 'Descarregar o modelo (CSV)',
    guide: 'Colunas e formatos',
    guideColumn: 'Coluna',
    guideFormat: 'Formato',
    doneTitle: 'Importação concluída',
    created: 'criadas',
    updated: 'atualizadas',
    unchanged: 'sem alterações',
    organisationsCreated: 'organizações criadas',
    failedTitle: 'Nada foi importado',
    row: 'Linha',
    column: 'Coluna',
    problem: 'Problema',
    back: 'Voltar às ações de financiamento',
    errorPrefix: 'Erro:',
    requiredMark: 'Obrigatório.',
    neededForNewMark: 'Necessário para uma entrada nova.',
  },
}
