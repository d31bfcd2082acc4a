// Message schemas: one map per direction from a message type to the schema of its fields (the
// contract's directions are in ./contract.ts). The check is built from the schema and yields the
// message's type; handlers form a typed map keyed by message type, so a handler receives exactly
// the message its schema checked and must answer with its type's response.
import { ValidationError, isPlainObject, object, type Infer, type Shape } from '../schema/validate';

/** Message type → the schema of that message's fields (everything but `type`). */
export type MessageSchemas = Record<string, Shape>;

/** One message of a direction, as its schema checked it. */
export type MessageOf<M extends MessageSchemas, K extends keyof M> = { type: K } & Infer<M[K]>;
/** Any message of a direction (a discriminated union on `type`). */
export type AnyMessage<M extends MessageSchemas> = { [K in keyof M]: MessageOf<M, K> }[keyof M];
/** The fields a sender gives for a message type (the message without its `type`). */
export type FieldsOf<M extends MessageSchemas, K extends keyof M> = Infer<M[K]>;

/** A handler per message type; `R` maps each type to its response. */
export type Handlers<M extends MessageSchemas, R extends { [K in keyof M]: unknown }, Ctx> = {
  [K in keyof M]: (message: MessageOf<M, K>, ctx: Ctx) => R[K] | Promise<R[K]>;
};

/** Whether `type` is one of this direction's message types. */
export function isTypeOf<M extends MessageSchemas>(schemas: M, type: unknown): type is keyof M & string {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(schemas, type);
}

/** The type of a raw message, if it is one of this direction's (else null: not for us). */
export function typeOf<M extends MessageSchemas>(schemas: M, raw: unknown): (keyof M & string) | null {
  const type = isPlainObject(raw) ? raw.type : undefined;
  return isTypeOf(schemas, type) ? type : null;
}

/** Check a message of a known type against its schema: the typed message, or a ValidationError. */
export function parseAs<M extends MessageSchemas, K extends keyof M & string>(schemas: M, type: K, raw: unknown): MessageOf<M, K> {
  try {
    return { type, ...object(schemas[type])(raw, '') };
  } catch (e) {
    throw e instanceof ValidationError ? new ValidationError('', `Invalid "${type}" message: ${e.message}`) : e;
  }
}

function unknownType(type: unknown, from: string): string {
  const shown = typeof type === 'string' ? JSON.stringify(type.slice(0, 60)) : typeof type;
  return `Unknown message type ${shown} from ${from}.`;
}

/**
 * Check a raw message and run its handler. Throws (with a clear message) for a malformed message
 * or a type this direction does not have.
 */
export async function dispatch<M extends MessageSchemas, R extends { [K in keyof M]: unknown }, Ctx>(
  schemas: M,
  handlers: Handlers<M, R, Ctx>,
  raw: unknown,
  ctx: Ctx,
  from: string,
): Promise<R[keyof M]> {
  if (!isPlainObject(raw)) throw new Error('Malformed message: expected an object with a "type".');
  const type = typeOf(schemas, raw);
  if (!type) throw new Error(unknownType(raw.type, from));
  return run(schemas, handlers, type, raw, ctx);
}

/**
 * Check a message of a type already known to be this direction's (typeOf) and run its handler: for
 * a receiver that first asks whether a message is for it at all (the content script's core).
 */
export function run<M extends MessageSchemas, R extends { [K in keyof M]: unknown }, Ctx, K extends keyof M & string>(
  schemas: M,
  handlers: Handlers<M, R, Ctx>,
  type: K,
  raw: unknown,
  ctx: Ctx,
): Promise<R[K]> | R[K] {
  return handlers[type](parseAs(schemas, type, raw), ctx);
}
