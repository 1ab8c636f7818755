'use client'
import { SelectField, useDocumentInfo } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'

import type { ProposalStatus } from '@fazaa/shared/domain/vocabulary'
import { allowedProposalMoves, isNewProposalStatus } from '@fazaa/shared/rules/proposalTransition'

/**
 * A saved proposal's status offers only where it may go from the stage it was saved in (the
 * lifecycle in shared/rules/proposalTransition), so the admin cannot pick a jump the CMS would
 * refuse. A new proposal may be recorded at any stage by the management but a decision, which
 * only a voting round makes; a proposal in the vote offers no move (its round decides it).
 */
export const ProposalStatusField = (props: SelectFieldClientProps) => {
  const { id, savedDocumentData } = useDocumentInfo()
  const saved = savedDocumentData?.status as ProposalStatus | undefined
  const reachable = new Set<string>(
    id == null || !saved
      ? props.field.options
          .map((option) => (typeof option === 'string' ? option : option.value))
          .filter((status) => isNewProposalStatus(status as ProposalStatus))
      : [saved, ...allowedProposalMoves(saved)],
  )
  const options = props.field.options.filter((option) =>
    reachable.has(typeof option === 'string' ? option : option.value),
  )
  return <SelectField {...props} field={{ ...props.field, options }} />
}
