import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { ClaimService } from '../claim/claim.service';
import { checkDate } from '../shared/args';
import type { AddObservationInput } from './observation.inputs';

/** The rules of writing Observation claims; what every claim shares is the claim service's. */
@Injectable()
export class ObservationService {
  constructor(private readonly claims: ClaimService) {}

  add(ctx: AppContext, input: AddObservationInput, selection: FieldSelection) {
    checkDate(input.observedAt, input.observedAtPrecision, 'input.observedAt');
    return this.claims.add(ctx, 'Observation', 'addObservation', input, selection, {
      props: {
        metric: input.metric,
        value: input.value,
        approximate: input.approximate ?? false,
        bound: input.bound ?? 'EXACT',
        observedAtPrecision: input.observedAtPrecision ?? (input.observedAt ? 'DAY' : null),
      },
      dates: { observedAt: input.observedAt },
      ends: { OBSERVED_ON: [input.subjectId] },
    });
  }
}
