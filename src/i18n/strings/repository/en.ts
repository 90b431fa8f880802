export const repositoryEn = {}

export type RepositoryStrings = typeof repositoryEn
