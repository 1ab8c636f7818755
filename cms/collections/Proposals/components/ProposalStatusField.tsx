'use client'
import { SelectField, useDocumentInfo } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'

import type { ProposalStatus } from '@fazaa/shared/domain/vocabulary'
import { allowedProposalMoves } from '@fazaa/shared/rules/proposalTransition'

/**
 * A saved proposal's status offers only where it may go from the stage it was saved in (the
 * lifecycle in shared/rules/proposalTransition), so the admin cannot pick a jump the CMS would
 * refuse. A new proposal may be recorded at any stage by the management, so it offers all.
 */
export const ProposalStatusField = (props: SelectFieldClientProps) => {
  const { id, savedDocumentData } = useDocumentInfo()
  const saved = savedDocumentData?.status as ProposalStatus | undefined
  if (id == null || !saved) return <SelectField {...props} />
  const reachable = new Set<string>([saved, ...allowedProposalMoves(saved)])
  const options = props.field.options.filter((option) =>
    reachable.has(typeof option === 'string' ? option : option.value),
  )
  return <SelectField {...props} field={{ ...props.field, options }} />
}
