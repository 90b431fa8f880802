import type { RepositoryStrings } from './en'

export const repositoryFr: RepositoryStrings = {}
