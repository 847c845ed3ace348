import { InputType } from 'type-graphql';
import { EntityInput } from '../entity/entity.inputs';

@InputType({ description: 'A new person.' })
export class CreatePersonInput extends EntityInput {}
