'use server';

import { runButtonAction } from '@/server/actions/run-action';
import { isAppError } from '@/server/errors';

import { decideDataProposal } from './decide-data-proposal';

/**
 * Accept or dismiss a queued correction; back to the review queue with the outcome. A proposal
 * decided meanwhile, or whose field changed since, comes back as `conflict` (the page says so).
 */
export const decideDataProposalAction = async (
  rawLocale: string,
  id: string,
  decision: 'accept' | 'dismiss',
) =>
  runButtonAction({
    rawLocale,
    permission: 'changes.review',
    run: async (actor) => {
      try {
        await decideDataProposal({ actor, id, decision });
      } catch (error) {
        if (!isAppError(error, 'CONFLICT') && !isAppError(error, 'NOT_FOUND')) throw error;
        return { pathname: '/admin/changes', done: 'conflict' };
      }
      return { pathname: '/admin/changes', done: decision === 'accept' ? 'accepted' : 'dismissed' };
    },
  });
