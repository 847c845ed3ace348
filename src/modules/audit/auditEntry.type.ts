import { connectionType } from '../../graphql/connectionType';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';
import { AuditOperation } from '../../graphql/enums';

/** One write, as the audit log keeps it: which key, when, which operation, which ids. */
@ObjectType({ simpleResolvers: true, description: 'One write: which key, when, which operation, which ids.' })
export class AuditEntry {
  @Field(() => ID, { description: 'The id of the entry.' })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When the write was made.' })
  at: string;

  @Field(() => String, { nullable: true, description: 'The id of the API key that wrote (never the key itself).' })
  keyId?: string | null;

  @Field(() => AuditOperation, { description: 'The mutation that made the write.' })
  operation: string;

  @Field(() => [ID], { description: 'The ids of the nodes the write created or changed.' })
  ids: string[];

  @Field(() => String, { nullable: true, description: 'Why, when the write gave a reason (a correction, a rank, an erasure).' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'The id of the request that made the write, as the server logged it.' })
  requestId?: string | null;
}

/** A page of the audit log. */
export const AuditEntryConnection = connectionType(() => AuditEntry, 'AuditEntry');
