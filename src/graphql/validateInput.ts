import { validate, type ValidationError } from 'class-validator';
import { BadUserInputError } from '../errors';

/**
 * type-graphql's `validateFn`: checks an input object with its class-validator rules and refuses the first problem
 * with BAD_USER_INPUT naming the field (`input.evidence[0].quote`). Missing optional fields are not checked: the
 * schema already requires what is required.
 */
export async function validateInput(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  for (const value of values) {
    if (value === null || typeof value !== 'object' || value.constructor === Object) continue;
    const errors = await validate(value as object, { skipMissingProperties: true, forbidUnknownValues: false, validationError: { target: false, value: false } });
    if (errors.length > 0) {
      const { path, message } = firstProblem(errors[0], 'input');
      throw new BadUserInputError(`Field "${path}": ${message}.`, path);
    }
  }
}

function firstProblem(error: ValidationError, prefix: string): { path: string; message: string } {
  const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
  if (error.constraints) return { path, message: Object.values(error.constraints)[0] };
  if (error.children?.length) return firstProblem(error.children[0], path);
  return { path, message: 'is not valid' };
}
