import { GraphQLError } from 'graphql';
import type { ErrorCodeValue } from './codes';

/** The base of every error the API raises on purpose: a sentence for people and a stable code for programs. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCodeValue, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }

  get code(): ErrorCodeValue {
    return this.extensions.code as ErrorCodeValue;
  }
}
