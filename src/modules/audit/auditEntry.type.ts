import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';
import { AuditOperation } from '../../graphql/enums';

/** One write, as the audit log keeps it: which key, when, which operation, which ids. */
@ObjectType({ simpleResolvers: true, description: 'One write: which key, when, which operation, which ids.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: string;

  @Field(() => String, { nullable: true, description: 'The id of the API key that wrote (never the key itself).' })
  keyId?: string | null;

  @Field(() => AuditOperation, { description: 'The mutation that made the write.' })
  operation: string;

  @Field(() => [ID])
  ids: string[];

  @Field(() => String, { nullable: true })
  requestId?: string | null;
}
