import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { randomSuffix, slugify } from '../../lib/slug';
import type { FieldSelection } from '../../projection';
import { checkDate, nfc } from '../shared/args';
import type { CreateEventInput } from './event.inputs';
import { EventRepository } from './event.repository';

/** The rules of writing events. */
@Injectable()
export class EventService {
  constructor(private readonly repository: EventRepository) {}

  create(ctx: AppContext, input: CreateEventInput, selection: FieldSelection) {
    checkDate(input.date, input.datePrecision, 'input.date');
    const id = input.id ?? `${slugify(input.name, 50)}-${randomSuffix(6)}`;
    const props = { name: nfc(input.name), description: input.description ? nfc(input.description) : null, datePrecision: input.datePrecision ?? (input.date ? 'DAY' : null) };
    return this.repository.create(ctx, id, props, input.date ?? null, selection);
  }
}
