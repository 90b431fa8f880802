import type { RepositoryStrings } from './en'

export const repositoryEs: RepositoryStrings = {}
