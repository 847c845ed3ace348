import { IsIn } from 'class-validator';
import type { Vocabulary } from '../model';

/** The value is one of a vocabulary's (the model's list, named in the message). */
export function OneOf(vocabulary: Vocabulary, field: string) {
  return IsIn([...vocabulary.values], { message: `${field} must be one of ${vocabulary.values.join(', ')}` });
}

/** An ISO 639 language code, optionally with a region: fr, en, pt-BR. */
export const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
/** A Wikidata item id: Q42. */
export const WIKIDATA = /^Q[1-9]\d{0,11}$/;
/** An ISO 8601 duration: P2Y, P3M, PT12H. */
export const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
/** What a client id must look like, for messages. */
export const ID_MESSAGE = 'must be lower-case letters, digits and dashes (1 to 120)';
