import type { RepositoryStrings } from './en'

export const repositoryPt: RepositoryStrings = {}
