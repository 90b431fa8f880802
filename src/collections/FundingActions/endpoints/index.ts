import { importActionsEndpoint } from './importActions'
import { importTemplateEndpoint } from './importTemplate'
import { markVerifiedEndpoint } from './markVerified'

/** The editors' tools: CSV import (and its template) and bulk "mark verified". */
export const fundingEditorEndpoints = [importActionsEndpoint, importTemplateEndpoint, markVerifiedEndpoint]
