/**
 * A check-only reading of a Valibot schema, for the common case: a valid dataset.
 *
 * `v.safeParse` copies every object it validates and allocates a result per value; on 10 000
 * events that is most of the time before a first render, and the garbage collection after it.
 * `compileCheck` walks the same schema once and returns a predicate that reads the input without
 * copying it. It is conservative: it answers `true` only where `safeParse` would succeed with an
 * output equal to its input (no transforms, no defaults that fill a value, no stripped keys),
 * and the schema's own validation actions decide every rule, so the two cannot disagree on what
 * is valid. Anything it does not know makes it answer `false`, and the caller parses in full for
 * the messages.
 */
import * as v from 'valibot';

export type Check = (value: unknown) => boolean;

// The parts of Valibot's schema objects read here (its public, documented shape).
interface Node {
  kind: string;
  type: string;
  pipe?: readonly Node[];
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node;
  value?: Node;
  wrapped?: Node;
  options?: readonly unknown[];
  default?: unknown;
  '~run'(dataset: { typed: boolean; value: unknown; issues?: unknown[] }, config: v.Config<v.BaseIssue<unknown>>): { issues?: unknown[] };
}

const CONFIG = v.getGlobalConfig({ abortEarly: true, abortPipeEarly: true });
const never: Check = () => false;

/** Every check in order (a pipe: its schema, then its validations). */
function all(checks: Check[]): Check {
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [a, b] = checks;
    return (x) => a(x) && b(x);
  }
  return (x) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i](x)) return false;
    return true;
  };
}

/**
 * A validation action as a predicate. The common ones read their requirement directly, as
 * Valibot's own `~run` does (a generic `~run` call per value allocates and is megamorphic);
 * any other runs Valibot's own code.
 */
function compileAction(action: Node & { requirement?: unknown }): Check {
  const r = action.requirement;
  switch (action.type) {
    case 'check':
      return r as Check;
    case 'regex':
      return (x) => (r as RegExp).test(x as string);
    case 'min_length':
      return (x) => (x as { length: number }).length >= (r as number);
    case 'max_length':
      return (x) => (x as { length: number }).length <= (r as number);
    case 'finite':
      return (x) => Number.isFinite(x);
    default:
      return (value) => !action['~run']({ typed: true, value }, CONFIG).issues;
  }
}

const isOptional = (n: Node) => n.type === 'optional' || n.type === 'exact_optional' || n.type === 'nullish';

function compileNode(node: Node): Check {
  if (node.pipe) {
    const [head, ...steps] = node.pipe;
    // `head` is the schema the pipe starts from (itself a pipe, as PlainText is inside a quote's).
    const checks = [compileNode(head)];
    for (const step of steps) {
      if (step.kind === 'metadata') continue;
      if (step.kind !== 'validation') return never; // a transform or a nested schema changes the output
      checks.push(compileAction(step));
    }
    return all(checks);
  }
  switch (node.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'picklist': {
      const options = new Set(node.options);
      return (x) => options.has(x);
    }
    case 'optional':
    case 'nullable': {
      if (node.default !== undefined && !(node.type === 'nullable' && node.default === null)) return never;
      const empty = node.type === 'optional' ? undefined : null;
      const inner = compileNode(node.wrapped!);
      return (x) => x === empty || inner(x);
    }
    case 'array': {
      const item = compileNode(node.item!);
      return (x) => {
        if (!Array.isArray(x)) return false;
        for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (node.options as Node[]).map(compileNode);
      return (x) => options.some((check) => check(x));
    }
    case 'record': {
      const key = compileNode(node.key!);
      const value = compileNode(node.value!);
      return (x) => {
        if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
        const record = x as Record<string, unknown>;
        // Valibot skips inherited keys and `__proto__`, `prototype`, `constructor` (its output
        // would lack them): only own keys the key schema accepts take the fast path.
        for (const k in record) {
          if (!Object.prototype.hasOwnProperty.call(record, k) || k === '__proto__' || k === 'prototype' || k === 'constructor') return false;
          if (!key(k) || !value(record[k])) return false;
        }
        return true;
      };
    }
    case 'strict_object':
    case 'loose_object': {
      const strict = node.type === 'strict_object';
      const keys = Object.keys(node.entries!);
      const checks: Check[] = [];
      const optional: boolean[] = [];
      for (const key of keys) {
        const schema = node.entries![key];
        // An optional entry with a default would be filled in: the output would differ.
        checks.push(isOptional(schema) && schema.default !== undefined ? never : compileNode(schema));
        optional.push(isOptional(schema));
      }
      const known = new Set(keys);
      return (x) => {
        // Valibot accepts an array here but returns a plain object: not the same data.
        if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
        const record = x as Record<string, unknown>;
        for (let i = 0; i < keys.length; i++) {
          if (keys[i] in record) {
            if (!checks[i](record[keys[i]])) return false;
          } else if (!optional[i]) return false;
        }
        // Valibot reads inherited enumerable keys too (`for…in`); so does this, to agree with it.
        if (strict) for (const key in record) if (!known.has(key)) return false;
        return true;
      };
    }
    default:
      return never;
  }
}

/** A predicate that is `true` only for input `v.safeParse(schema, input)` accepts unchanged. */
export function compileCheck(schema: v.GenericSchema): Check {
  return compileNode(schema as unknown as Node);
}
