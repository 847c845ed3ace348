import type { TypeSpec } from './typeSpec';

/** All type specs, by name; answers which concrete types stand behind an interface. */
export class TypeRegistry {
  private readonly specs = new Map<string, TypeSpec>();

  constructor(specs: readonly TypeSpec[]) {
    for (const spec of specs) this.specs.set(spec.name, spec);
  }

  /** The spec of a concrete type, or undefined for an interface. */
  concrete(name: string): TypeSpec | undefined {
    return this.specs.get(name);
  }

  /** The concrete types that implement an interface, in registration order. */
  possibleTypes(interfaceName: string): TypeSpec[] {
    const types = [...this.specs.values()].filter((s) => s.implements.includes(interfaceName));
    if (types.length === 0) throw new Error(`No type spec implements ${interfaceName}.`);
    return types;
  }
}
